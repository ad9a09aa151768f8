namespace Krait.Runtime;

/// <summary>TaskStepMethWrapper: the callable a task schedules with loop.call_soon to run its next step (with an
/// exception to throw into the coroutine, or none).</summary>
public sealed class PyTaskStepMethWrapper : PyObject
{
    public static readonly PyType StepWrapperType = PyType.NewBuiltin("TaskStepMethWrapper", PyType.ObjectType, TypeFlags.None, InitType);

    private readonly PyTask _task;
    private readonly PyBaseException? _arg;

    internal PyTaskStepMethWrapper(PyTask task, PyBaseException? arg) : base(StepWrapperType)
    {
        _task = task;
        _arg = arg;
    }

    private static void InitType(PyType t)
    {
        t.Call = (o, args, kw) =>
        {
            if (kw is { Count: > 0 }) throw PyErr.TypeError("function takes no keyword arguments");
            if (args.Length != 0) throw PyErr.TypeError("function takes no positional arguments");
            var w = (PyTaskStepMethWrapper)o;
            return w._task.Step(w._arg);
        };
        TypeBuilder.GetSet(t, "__self__", o => ((PyTaskStepMethWrapper)o)._task, null);
    }
}
