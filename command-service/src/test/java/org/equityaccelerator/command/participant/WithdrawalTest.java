package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.equityaccelerator.events.AttendanceRecorded;
import org.equityaccelerator.events.SessionHeld;
import org.equityaccelerator.events.SessionScheduled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equityaccelerator.command.participant.ParticipantFixture.C;
import static org.equityaccelerator.command.participant.ParticipantFixture.ENROLLED_ON;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.PROG;
import static org.equityaccelerator.command.participant.ParticipantFixture.activated;
import static org.equityaccelerator.command.participant.ParticipantFixture.fixture;
import static org.equityaccelerator.command.participant.ParticipantFixture.member;
import static org.equityaccelerator.command.participant.ParticipantFixture.withTeam;
import static org.equityaccelerator.command.participant.ParticipantFixture.withdrew;
import static org.equityaccelerator.command.rules.Refusals.violates;
import static org.equityaccelerator.command.rules.Refusals.withdrawn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.not;

/**
 * {@code ParticipantWithdrew} promises that nothing new is recorded for the participant. Every command type of the
 * stream is found by reflection over the aggregate's {@code @CommandHandler} methods, so a command added later is
 * covered without touching this test.
 */
class WithdrawalTest {
    static final LocalDate WITHDREW_ON = LocalDate.of(2023, 7, 12);

    final AggregateTestFixture<Participant> fixture = fixture();

    /** The payload type of every command handler of the participant's stream: the root's and its entities'. */
    static Stream<Class<?>> participantCommands() {
        return commandHandlers().<Class<?>>map(m -> m.getParameterTypes()[0]).distinct();
    }

    private static Stream<Method> commandHandlers() {
        Stream<Class<?>> entities = Arrays.stream(Participant.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(AggregateMember.class))
                .map(f -> {
                    Type[] arguments = ((ParameterizedType) f.getGenericType()).getActualTypeArguments();
                    return (Class<?>) arguments[arguments.length - 1]; // Map<id, entity> or Collection<entity>
                });
        return Stream.concat(Stream.of(Participant.class), entities)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(CommandHandler.class));
    }

    @Test
    void theDiscoveryFindsEveryCommandOfTheStream() {
        List<Class<?>> commands = participantCommands().toList();
        // 35 handlers when this test was written; fewer means the discovery broke, not that commands went away
        assertThat(commands).hasSizeGreaterThanOrEqualTo(35)
                .contains(GoalCommands.ReportGoalProgressCommand.class, GoalCommands.MarkGoalAchievedCommand.class,
                        ParticipantCommands.WithdrawParticipantCommand.class);
        assertThat(commandHandlers().map(Method::getParameterCount)).allMatch(n -> n >= 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("participantCommands")
    void everyCommandOfTheStreamIsRefusedWithTheWithdrawalRuleAndAppendsNothing(Class<?> commandType) throws Exception {
        fixture.given(withTeam(member("m-1", "FINANCE"), activated(1, "FINANCE"), withdrew(WITHDREW_ON)))
                .when(sample(commandType))
                .expectException(allOf(withdrawn(), violates("participantId")))
                .expectNoEvents();
    }

    /**
     * The refusal above is the withdrawal's, not one the same sample would meet anyway: from the same history without
     * the withdrawal, no command type is refused with the withdrawal rule. It may succeed or be refused by its own
     * rules (a sample names goal "x", which does not exist), so this does not claim every handler runs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("participantCommands")
    void beforeTheWithdrawalNoCommandIsRefusedWithTheWithdrawalRule(Class<?> commandType) throws Exception {
        ResultValidator<Participant> result = fixture.given(withTeam(member("m-1", "FINANCE"),
                activated(1, "FINANCE"))).when(sample(commandType));
        try {
            result.expectSuccessfulHandlerExecution();
        } catch (AxonAssertionError refused) {
            result.expectException(not(withdrawn()));
        }
    }

    @Test
    void aWithdrawalDatedBeforeTheEnrolmentIsRefusedNamingOccurredOn() {
        fixture.given(withTeam())
                .when(new ParticipantCommands.WithdrawParticipantCommand(P, "r", ENROLLED_ON.minusDays(1)))
                .expectException(violates("occurredOn"))
                .expectNoEvents();
    }

    /**
     * The cohort recorded the team at a session held on 2023-04-16: a withdrawal dated before it is refused (the
     * cohort's attendance is known on the command side); dated that day, the session still counts and it is taken.
     */
    @Test
    void aWithdrawalDatedBeforeASessionTheTeamAttendedIsRefusedNamingOccurredOn() {
        LocalDate held = LocalDate.of(2023, 4, 16);
        AggregateTestFixture<Participant> attended = fixture(TestCohorts.cohort(C, 1, 8),
                new SessionScheduled(C, PROG, "s1", 1, "Kick-off", held, "DAY", LocalDate.of(2023, 2, 1)),
                new SessionHeld(C, PROG, "s1", null, held),
                new AttendanceRecorded(C, PROG, "s1", P, 2, List.of("FINANCE"), held));
        attended.given(withTeam())
                .when(new ParticipantCommands.WithdrawParticipantCommand(P, "r", LocalDate.of(2023, 4, 1)))
                .expectException(violates("occurredOn"))
                .expectNoEvents();
        attended.given(withTeam())
                .when(new ParticipantCommands.WithdrawParticipantCommand(P, "reorganisation", held))
                .expectEvents(withdrew(held));
    }

    /** A well-typed instance of a command record for participant {@link ParticipantFixture#P}. */
    static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        assertThat(components).as(type + " is a record").isNotNull();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getType(), components[i].getName());
        }
        var constructor = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type, String name) throws Exception {
        if (type == String.class) {
            return name.equals("participantId") ? P : "x";
        }
        if (type == LocalDate.class) {
            return WITHDREW_ON.plusDays(1);
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("no sample value for " + name + " of type " + type);
    }
}
