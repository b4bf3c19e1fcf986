package dev.stepcamel.compile;

import dev.stepcamel.asl.model.State;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of state compilers, keyed by model record type. */
final class StateCompilers {
    static final List<StateCompiler<?>> ALL = List.of(new PassStateCompiler(), new TaskStateCompiler(),
            new ChoiceStateCompiler(), new WaitStateCompiler(), new SucceedStateCompiler(), new FailStateCompiler(),
            new ParallelStateCompiler(), new MapStateCompiler());

    private static final Map<Class<?>, StateCompiler<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toMap(StateCompiler::stateType, Function.identity()));

    private StateCompilers() {
    }

    @SuppressWarnings("unchecked")
    static <S extends State> StateCompiler<S> forState(S state) {
        StateCompiler<S> compiler = (StateCompiler<S>) BY_TYPE.get(state.getClass());
        if (compiler == null) {
            throw new IllegalStateException("no compiler for " + state.getClass().getSimpleName());
        }
        return compiler;
    }
}
