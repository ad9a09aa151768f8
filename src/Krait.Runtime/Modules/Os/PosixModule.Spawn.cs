using System.Runtime.InteropServices;

namespace Krait.Runtime;

// os.posix_spawn and os.posix_spawnp (Modules/posixmodule.c py_posix_spawn), on glibc's posix_spawn.
public static partial class PosixModule
{
    private static readonly string[] s_spawnNames =
        ["path", "argv", "env", "file_actions", "setpgroup", "resetids", "setsid", "setsigmask", "setsigdef", "scheduler"];

    private static void AddSpawn(PyModule m)
    {
        m.AddFunction("posix_spawn", (self, args, kw) => Spawn("posix_spawn", false, args, kw));
        m.AddFunction("posix_spawnp", (self, args, kw) => Spawn("posix_spawnp", true, args, kw));
    }

    private static PyObject Spawn(string fname, bool usePath, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = Bind(fname, args, kw, s_spawnNames, 3, 3, 3);
        var path = PathArg.Convert(fname, "path", a[0]);
        if (a[1] is not PyList and not PyTuple) throw PyErr.TypeError($"{fname}: argv must be a tuple or list");
        var argvItems = PyTuple.FromIterable(a[1]!).Items;
        if (argvItems.Length == 0) throw PyErr.ValueError($"{fname}: argv must not be empty");
        var argv = new List<byte[]>(argvItems.Length);
        foreach (var o in argvItems) argv.Add(PathArg.Convert(fname, "argv", FsPath(o)).Bytes.ToArray());
        if (argv[0].Length == 0) throw PyErr.ValueError($"{fname}: argv first element cannot be empty");
        if (a[2] is PyNone || a[2]!.Type.Lookup(PyStr.Intern("__getitem__")) is null)
            throw PyErr.TypeError($"{fname}: environment must be a mapping object");
        var env = EnvBlock(fname, a[2]!);

        nint fa = 0, attr = Marshal.AllocHGlobal(Libc.SpawnAttrSize);
        var blocks = new List<nint>();
        try
        {
            SpawnCheck(Libc.SpawnAttrInit(attr));
            short flags = 0;
            if (a[3] is { } actions and not PyNone)
            {
                if (actions is not PyList and not PyTuple && actions.Type.Iter is null)
                    throw PyErr.TypeError("file_actions must be a sequence or None");
                fa = Marshal.AllocHGlobal(Libc.SpawnFileActionsSize);
                SpawnCheck(Libc.SpawnFileActionsInit(fa));
                foreach (var item in PyTuple.FromIterable(actions).Items) AddFileAction(fa, fname, item);
            }
            if (a[4] is { } pg and not PyNone)
            {
                SpawnCheck(Libc.SpawnAttrSetPGroup(attr, Int(pg)));
                flags |= Libc.POSIX_SPAWN_SETPGROUP;
            }
            if (a[5] is { } rid && Int(rid) != 0) flags |= Libc.POSIX_SPAWN_RESETIDS;
            if (a[6] is { } sid && Int(sid) != 0) flags |= Libc.POSIX_SPAWN_SETSID;
            // Given at all (even empty), the mask and the default set apply, as in CPython.
            if (a[7] is { } mask)
            {
                SpawnCheck(Libc.SpawnAttrSetSigMask(attr, SigSet(mask)));
                flags |= Libc.POSIX_SPAWN_SETSIGMASK;
            }
            if (a[8] is { } def)
            {
                SpawnCheck(Libc.SpawnAttrSetSigDefault(attr, SigSet(def)));
                flags |= Libc.POSIX_SPAWN_SETSIGDEF;
            }
            if (a[9] is { } sched and not PyNone)
            {
                if (sched is not PyTuple { Count: 2 } st)
                    throw PyErr.TypeError($"{fname}() argument 'scheduler' must be tuple, not {sched.Type.Name}");
                if (st[0] is not PyNone)
                {
                    SpawnCheck(Libc.SpawnAttrSetSchedPolicy(attr, Int(st[0])));
                    flags |= Libc.POSIX_SPAWN_SETSCHEDULER;
                }
                if (!st[1].Type.IsSubtype(SchedParamType))
                    throw PyErr.TypeError("must have a sched_param object");
                SpawnCheck(Libc.SpawnAttrSetSchedParam(attr, [Int(Ops.GetItem(st[1], PyInt.FromLong(0)))]));
                flags |= Libc.POSIX_SPAWN_SETSCHEDPARAM;
            }
            SpawnCheck(Libc.SpawnAttrSetFlags(attr, flags));

            var argvArr = SpawnCArray(argv, blocks);
            var envArr = SpawnCArray(env, blocks);
            nint envp = Marshal.AllocHGlobal(IntPtr.Size * envArr.Length);
            blocks.Add(envp);
            Marshal.Copy(envArr, 0, envp, envArr.Length);
            int pid, err;
            using (Gil.Release())
                err = usePath ? Libc.PosixSpawnP(out pid, path.Narrow!, fa, attr, argvArr, envp)
                    : Libc.PosixSpawn(out pid, path.Narrow!, fa, attr, argvArr, envp);
            if (err != 0) throw Posix.Error(err, path.Object);
            return PyInt.FromLong(pid);
        }
        finally
        {
            if (fa != 0) { Libc.SpawnFileActionsDestroy(fa); Marshal.FreeHGlobal(fa); }
            Libc.SpawnAttrDestroy(attr);
            Marshal.FreeHGlobal(attr);
            foreach (var b in blocks) Marshal.FreeHGlobal(b);
        }
    }

    private static void SpawnCheck(int rc)
    {
        if (rc != 0) throw Posix.Error(rc);
    }

    private static void AddFileAction(nint fa, string fname, PyObject item)
    {
        if (item is not PyTuple { Count: > 0 } t) throw PyErr.TypeError("Each file_actions element must be a non-empty tuple");
        switch (Int(t[0]))
        {
            case 0:
                if (t.Count != 5) throw PyErr.TypeError("A open file_action tuple must have 5 elements");
                var p = PathArg.Convert(fname, "path", t[2]);
                SpawnCheck(Libc.SpawnAddOpen(fa, Int(t[1]), p.Narrow!, Int(t[3]), Int(t[4])));
                break;
            case 1:
                if (t.Count != 2) throw PyErr.TypeError("A close file_action tuple must have 2 elements");
                SpawnCheck(Libc.SpawnAddClose(fa, Int(t[1])));
                break;
            case 2:
                if (t.Count != 3) throw PyErr.TypeError("A dup2 file_action tuple must have 3 elements");
                SpawnCheck(Libc.SpawnAddDup2(fa, Int(t[1]), Int(t[2])));
                break;
            default:
                throw PyErr.TypeError("Unknown file_actions identifier");
        }
    }

    /// <summary>An iterable of signal numbers as a sigset_t (1024 bits).</summary>
    private static ulong[] SigSet(PyObject signals)
    {
        var set = new ulong[16];
        foreach (var o in PyTuple.FromIterable(signals).Items)
        {
            long sig = Long(o);
            if (sig < 1 || sig > 64) throw PyErr.ValueError($"signal number {sig} out of range [1; 64]");
            set[(sig - 1) / 64] |= 1UL << (int)((sig - 1) % 64);
        }
        return set;
    }

    private static nint[] SpawnCArray(List<byte[]> items, List<nint> blocks)
    {
        var arr = new nint[items.Count + 1];
        for (int i = 0; i < items.Count; i++)
        {
            var s = items[i];
            int n = s.Length > 0 && s[^1] == 0 ? s.Length - 1 : s.Length;
            nint p = Marshal.AllocHGlobal(n + 1);
            blocks.Add(p);
            Marshal.Copy(s, 0, p, n);
            Marshal.WriteByte(p, n, 0);
            arr[i] = p;
        }
        return arr;
    }
}
