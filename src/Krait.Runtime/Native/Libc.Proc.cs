using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>posix_spawn and its attribute/file-action helpers (glibc ≥ 2.34 for addclosefrom_np, 2.29 for
/// addchdir_np and for adddup2(fd, fd) clearing FD_CLOEXEC), behind _posixsubprocess. The opaque
/// posix_spawnattr_t (336 bytes) and posix_spawn_file_actions_t (80 bytes) live in unmanaged buffers
/// allocated by the caller with room to spare.</summary>
internal static partial class Libc
{
    internal const int SpawnAttrSize = 1024, SpawnFileActionsSize = 512;
    internal const short POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08,
        POSIX_SPAWN_SETSID = 0x80;

    [DllImport(C, EntryPoint = "posix_spawn")]
    internal static extern int PosixSpawn(out int pid, byte[] path, nint fileActions, nint attr, nint[] argv, nint envp);

    [DllImport(C, EntryPoint = "posix_spawn_file_actions_init")] internal static extern int SpawnFileActionsInit(nint fa);
    [DllImport(C, EntryPoint = "posix_spawn_file_actions_destroy")] internal static extern int SpawnFileActionsDestroy(nint fa);
    [DllImport(C, EntryPoint = "posix_spawn_file_actions_addclose")] internal static extern int SpawnAddClose(nint fa, int fd);
    [DllImport(C, EntryPoint = "posix_spawn_file_actions_adddup2")] internal static extern int SpawnAddDup2(nint fa, int fd, int newfd);
    [DllImport(C, EntryPoint = "posix_spawn_file_actions_addchdir_np")] internal static extern int SpawnAddChdir(nint fa, byte[] path);
    [DllImport(C, EntryPoint = "posix_spawn_file_actions_addclosefrom_np")] internal static extern int SpawnAddCloseFrom(nint fa, int from);

    [DllImport(C, EntryPoint = "posix_spawnattr_init")] internal static extern int SpawnAttrInit(nint attr);
    [DllImport(C, EntryPoint = "posix_spawnattr_destroy")] internal static extern int SpawnAttrDestroy(nint attr);
    [DllImport(C, EntryPoint = "posix_spawnattr_setflags")] internal static extern int SpawnAttrSetFlags(nint attr, short flags);
    [DllImport(C, EntryPoint = "posix_spawnattr_setpgroup")] internal static extern int SpawnAttrSetPGroup(nint attr, int pgroup);
    [DllImport(C, EntryPoint = "posix_spawnattr_setsigdefault")] internal static extern int SpawnAttrSetSigDefault(nint attr, ulong[] sigset);

    [DllImport(C, EntryPoint = "access", SetLastError = true)] internal static extern int Access(byte[] path, int mode);

    private static nint s_environ;

    /// <summary>The address of libc's <c>environ</c> variable (os.putenv/unsetenv edit the block it points to).</summary>
    internal static nint EnvironAddress
    {
        get
        {
            if (s_environ == 0)
                s_environ = NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "environ");
            return s_environ;
        }
    }
}

internal static partial class Libc
{
    internal const short POSIX_SPAWN_RESETIDS = 0x01, POSIX_SPAWN_SETSCHEDPARAM = 0x10, POSIX_SPAWN_SETSCHEDULER = 0x20;

    [DllImport(C, EntryPoint = "posix_spawnp")]
    internal static extern int PosixSpawnP(out int pid, byte[] file, nint fileActions, nint attr, nint[] argv, nint envp);

    [DllImport(C, EntryPoint = "posix_spawn_file_actions_addopen")]
    internal static extern int SpawnAddOpen(nint fa, int fd, byte[] path, int oflag, int mode);

    [DllImport(C, EntryPoint = "posix_spawnattr_setsigmask")] internal static extern int SpawnAttrSetSigMask(nint attr, ulong[] sigset);
    [DllImport(C, EntryPoint = "posix_spawnattr_setschedpolicy")] internal static extern int SpawnAttrSetSchedPolicy(nint attr, int policy);
    [DllImport(C, EntryPoint = "posix_spawnattr_setschedparam")] internal static extern int SpawnAttrSetSchedParam(nint attr, int[] param);
}
