package vn.gov.sonla.awards.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, whoever prepares them (Hibernate, JdbcClient): the
 * application's data source is wrapped so that every connection it hands out counts. A test reads the count of
 * one request handled on its own thread (MockMvc), so scheduled jobs running meanwhile do not disturb it.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    private static final ThreadLocal<List<String>> PREPARED = ThreadLocal.withInitial(ArrayList::new);
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    public static void reset() {
        COUNT.get()[0] = 0;
        PREPARED.get().clear();
    }

    /** The text of each statement prepared since the last reset (those that have one), in order. */
    public static List<String> statements() {
        return List.copyOf(PREPARED.get());
    }

    public static long count() {
        return COUNT.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (PREPARING.contains(method.getName())) {
                            COUNT.get()[0]++;
                            if (args != null && args.length > 0 && args[0] instanceof String sql) {
                                PREPARED.get().add(sql);
                            }
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getTargetException();
                        }
                    });
        }
    }
}
