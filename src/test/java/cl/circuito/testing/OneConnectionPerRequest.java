package cl.circuito.testing;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * Fails any request that takes a second pooled connection while it still holds one. With a pool of N, N such
 * requests at once each hold one connection and wait forever for another: the whole application stops
 * answering (an audit of a read in its own transaction did exactly this). Every test context gets it, so every
 * page and API test checks the rule on the paths it walks. It also counts the statements each thread sends, for
 * {@link SqlStatements}.
 */
public class OneConnectionPerRequest implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                        ? guarded(dataSource) : bean;
            }
        });
    }

    private static DataSource guarded(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return invoke(target, method, args);
                    }
                    int[] held = HELD.get();
                    if (held[0] > 0 && RequestContextHolder.getRequestAttributes() != null) {
                        throw new IllegalStateException("A request asked for a second pooled connection while "
                                + "holding one: under load every connection ends up waiting for another.");
                    }
                    Connection connection = (Connection) invoke(target, method, args);
                    held[0]++;
                    return counted(connection, held);
                });
    }

    private static Connection counted(Connection connection, int[] held) {
        boolean[] closed = {false};
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed[0]) {
                        closed[0] = true;
                        held[0]--;
                    }
                }
                case "prepareStatement", "prepareCall" -> SqlStatements.statement((String) args[0]);
                case "createStatement" -> SqlStatements.statement(null);
                case "commit" -> SqlStatements.commit();
                default -> {
                }
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
