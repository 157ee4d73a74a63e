package org.equityaccelerator.command.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Adds ordering edges only. Axon 4.13's JdbcAutoConfiguration ({@code @ConditionalOnBean(DataSource)}) and
 * TransactionAutoConfiguration name Spring Boot 3 classes in their ordering, so on Boot 4 they can be evaluated
 * before the DataSource and transaction manager exist: then Axon finds no storage engine, or silently runs without
 * transactions. Names are strings, so nothing here breaks if a class is absent.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration"})
public class AxonBoot4OrderingFix {
}
