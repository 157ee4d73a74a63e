package org.equityaccelerator.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local stack with the 2023 demo loaded by the demo users, as the README's run command starts it, shared by
 * every end-to-end class of the test JVM (each scenario works in its own program and cohort) and closed when JUnit
 * closes its root store. Classes ask for it as a {@link PublicApi} parameter.
 */
final class DemoStackExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PublicApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningDemo.class, key -> RunningDemo.start(), RunningDemo.class).api;
    }

    private record RunningDemo(LocalStack stack, PublicApi api) implements AutoCloseable {

        static RunningDemo start() {
            LocalStack stack = LocalStack.start(0, 0);
            try {
                DemoData demo = new DemoData(stack.commandUrl(), stack.tokens());
                demo.awaitVisible(stack.queryUrl(), demo.load());
            } catch (Exception e) {
                stack.close();
                throw new IllegalStateException("the demo did not load", e);
            }
            return new RunningDemo(stack, new PublicApi(stack.commandUrl(), stack.queryUrl(), stack.tokens()));
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
