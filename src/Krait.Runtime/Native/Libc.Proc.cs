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

    [LibraryImport(C, EntryPoint = "posix_spawn")]
    internal static partial int PosixSpawn(out int pid, byte[] path, nint fileActions, nint attr, nint[] argv, nint envp);

    [LibraryImport(C, EntryPoint = "posix_spawn_file_actions_init")] internal static partial int SpawnFileActionsInit(nint fa);
    [LibraryImport(C, EntryPoint = "posix_spawn_file_actions_destroy")] internal static partial int SpawnFileActionsDestroy(nint fa);
    [LibraryImport(C, EntryPoint = "posix_spawn_file_actions_addclose")] internal static partial int SpawnAddClose(nint fa, int fd);
    [LibraryImport(C, EntryPoint = "posix_spawn_file_actions_adddup2")] internal static partial int SpawnAddDup2(nint fa, int fd, int newfd);
    [LibraryImport(C, EntryPoint = "posix_spawn_file_actions_addchdir_np")] internal static partial int SpawnAddChdir(nint fa, byte[] path);
    [LibraryImport(C, EntryPoint = "posix_spawn_file_actions_addclosefrom_np")] internal static partial int SpawnAddCloseFrom(nint fa, int from);

    [LibraryImport(C, EntryPoint = "posix_spawnattr_init")] internal static partial int SpawnAttrInit(nint attr);
    [LibraryImport(C, EntryPoint = "posix_spawnattr_destroy")] internal static partial int SpawnAttrDestroy(nint attr);
    [LibraryImport(C, EntryPoint = "posix_spawnattr_setflags")] internal static partial int SpawnAttrSetFlags(nint attr, short flags);
    [LibraryImport(C, EntryPoint = "posix_spawnattr_setpgroup")] internal static partial int SpawnAttrSetPGroup(nint attr, int pgroup);
    [LibraryImport(C, EntryPoint = "posix_spawnattr_setsigdefault")] internal static partial int SpawnAttrSetSigDefault(nint attr, ulong[] sigset);

    [LibraryImport(C, EntryPoint = "access", SetLastError = true)] internal static partial int Access(byte[] path, int mode);

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

    [LibraryImport(C, EntryPoint = "posix_spawnp")]
    internal static partial int PosixSpawnP(out int pid, byte[] file, nint fileActions, nint attr, nint[] argv, nint envp);

    [LibraryImport(C, EntryPoint = "posix_spawn_file_actions_addopen")]
    internal static partial int SpawnAddOpen(nint fa, int fd, byte[] path, int oflag, int mode);

    [LibraryImport(C, EntryPoint = "posix_spawnattr_setsigmask")] internal static partial int SpawnAttrSetSigMask(nint attr, ulong[] sigset);
    [LibraryImport(C, EntryPoint = "posix_spawnattr_setschedpolicy")] internal static partial int SpawnAttrSetSchedPolicy(nint attr, int policy);
    [LibraryImport(C, EntryPoint = "posix_spawnattr_setschedparam")] internal static partial int SpawnAttrSetSchedParam(nint attr, int[] param);
}
