package cl.circuito.shared.database;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.query.sqm.produce.function.FunctionParameterType;
import org.hibernate.query.sqm.produce.function.StandardFunctionArgumentTypeResolvers;
import org.hibernate.type.StandardBasicTypes;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * PostgreSQL functions that JPQL queries call by name. Hibernate passes an unknown function through
 * with no type, and {@code lower(unaccent(name))} then fails validation: registered here, {@code unaccent}
 * (from the extension created by the first migration) is known to return text. Loaded through
 * {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public class PostgresFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        TypeConfiguration types = contributions.getTypeConfiguration();
        // Text in, text out.
        contributions.getFunctionRegistry().patternDescriptorBuilder("unaccent", "unaccent(?1)")
                .setExactArgumentCount(1)
                .setParameterTypes(FunctionParameterType.STRING)
                .setArgumentTypeResolver(StandardFunctionArgumentTypeResolvers.invariant(types, FunctionParameterType.STRING))
                .setInvariantType(types.getBasicTypeRegistry().resolve(StandardBasicTypes.STRING))
                .register();
    }
}
