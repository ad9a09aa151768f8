using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>Whether the thread's stack has room for another level of Python calls: the check every call makes
/// before it recurses (a RecursionError instead of a crashed process). RuntimeHelpers.TryEnsureSufficientExecutionStack
/// is a call into the runtime that finds the thread's stack limit through thread-local storage on every use; this
/// asks it only when the stack pointer is below the lowest point it last approved minus a window, so most calls
/// cost one comparison. Approving a point means the runtime's guarantee (tens of KB left) holds there, so any point
/// no more than <see cref="Window"/> below it still has that guarantee minus the window.</summary>
internal static unsafe class StackGuard
{
    private const nuint Window = 16 * 1024;

    /// <summary>The complement of the lowest approved stack address (the default 0 stands for "none yet").</summary>
    [ThreadStatic] private static nuint t_notSafeLow;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Sufficient()
    {
        byte probe;
        nuint sp = (nuint)(&probe);
        return sp > ~t_notSafeLow || Recheck(sp, ref t_notSafeLow);
    }

    /// <summary>The same check for a caller that holds the thread's state: the mark lives there, so the common
    /// case reads no thread-local storage (a thread static is a runtime helper call here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Sufficient(ThreadState ts)
    {
        byte probe;
        nuint sp = (nuint)(&probe);
        return sp > ~ts.StackNotSafeLow || Recheck(sp, ref ts.StackNotSafeLow);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Recheck(nuint sp, ref nuint notSafeLow)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        notSafeLow = ~(sp - Window);
        return true;
    }
}
