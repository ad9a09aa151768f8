using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>libc functions behind posix, _signal, pwd, grp and _locale (Linux x86-64 glibc). Paths are passed
/// as NUL-terminated byte arrays (the filesystem encoding is applied by the caller); errno is read with
/// <see cref="Marshal.GetLastPInvokeError"/> right after the call.</summary>
internal static partial class Libc
{
    // The soname, as NativeLibrary.Load("libc.so.6") elsewhere: a bare "libc" made the runtime probe ~15 paths (libc.so
    // in the app and framework folders, the linker script /lib/x86_64-linux-gnu/libc.so, liblibc.so …) before
    // finding the loaded library, at every start-up's first P/Invoke.
    private const string C = "libc.so.6";

    // Files and descriptors (open, close, lseek, ftruncate, isatty, fstat are in Libc.IO.cs).
    [LibraryImport(C, EntryPoint = "openat", SetLastError = true)] internal static partial int OpenAt(int dirfd, byte[] path, int flags, int mode);
    [LibraryImport(C, EntryPoint = "read", SetLastError = true)] internal static partial nint Read(int fd, byte[] buf, nint count);
    [LibraryImport(C, EntryPoint = "write", SetLastError = true)] internal static partial nint Write(int fd, byte[] buf, nint count);
    [LibraryImport(C, EntryPoint = "pread", SetLastError = true)] internal static partial nint PRead(int fd, byte[] buf, nint count, long offset);
    [LibraryImport(C, EntryPoint = "pwrite", SetLastError = true)] internal static partial nint PWrite(int fd, byte[] buf, nint count, long offset);
    [LibraryImport(C, EntryPoint = "pipe2", SetLastError = true)] internal static partial int Pipe2(int[] fds, int flags);
    [LibraryImport(C, EntryPoint = "dup", SetLastError = true)] internal static partial int Dup(int fd);
    [LibraryImport(C, EntryPoint = "dup2", SetLastError = true)] internal static partial int Dup2(int fd, int fd2);
    [LibraryImport(C, EntryPoint = "dup3", SetLastError = true)] internal static partial int Dup3(int fd, int fd2, int flags);
    [LibraryImport(C, EntryPoint = "fcntl", SetLastError = true)] internal static partial int Fcntl(int fd, int cmd, int arg);
    [LibraryImport(C, EntryPoint = "fsync", SetLastError = true)] internal static partial int FSync(int fd);
    [LibraryImport(C, EntryPoint = "fdatasync", SetLastError = true)] internal static partial int FDataSync(int fd);
    [LibraryImport(C, EntryPoint = "truncate", SetLastError = true)] internal static partial int Truncate(byte[] path, long length);
    [LibraryImport(C, EntryPoint = "ttyname_r", SetLastError = true)] internal static partial int TtyNameR(int fd, byte[] buf, nint len);
    [LibraryImport(C, EntryPoint = "ioctl", SetLastError = true)] internal static partial int Ioctl(int fd, ulong request, byte[] arg);
    [LibraryImport(C, EntryPoint = "posix_fallocate", SetLastError = true)] internal static partial int PosixFallocate(int fd, long offset, long len);
    [LibraryImport(C, EntryPoint = "posix_fadvise", SetLastError = true)] internal static partial int PosixFadvise(int fd, long offset, long len, int advice);
    [LibraryImport(C, EntryPoint = "lockf", SetLastError = true)] internal static partial int Lockf(int fd, int cmd, long len);
    [LibraryImport(C, EntryPoint = "sendfile", SetLastError = true)] internal static partial nint SendFile(int outFd, int inFd, ref long offset, nint count);
    [LibraryImport(C, EntryPoint = "sendfile", SetLastError = true)] internal static partial nint SendFile(int outFd, int inFd, nint offset, nint count);
    [LibraryImport(C, EntryPoint = "openpty", SetLastError = true)] internal static partial int OpenPty(int[] master, int[] slave, nint name, nint termp, nint winp);

    // stat family: glibc 2.33+ exports these (struct stat is 144 bytes on x86-64).
    [LibraryImport(C, EntryPoint = "stat", SetLastError = true)] internal static partial int Stat(byte[] path, byte[] buf);
    [LibraryImport(C, EntryPoint = "lstat", SetLastError = true)] internal static partial int LStat(byte[] path, byte[] buf);
    [LibraryImport(C, EntryPoint = "fstatat", SetLastError = true)] internal static partial int FStatAt(int dirfd, byte[] path, byte[] buf, int flags);
    [LibraryImport(C, EntryPoint = "statvfs", SetLastError = true)] internal static partial int StatVfs(byte[] path, byte[] buf);
    [LibraryImport(C, EntryPoint = "fstatvfs", SetLastError = true)] internal static partial int FStatVfs(int fd, byte[] buf);

    // Directories and names.
    [LibraryImport(C, EntryPoint = "opendir", SetLastError = true)] internal static partial nint OpenDir(byte[] path);
    [LibraryImport(C, EntryPoint = "fdopendir", SetLastError = true)] internal static partial nint FdOpenDir(int fd);
    [LibraryImport(C, EntryPoint = "readdir", SetLastError = true)] internal static partial nint ReadDir(nint dir);
    [LibraryImport(C, EntryPoint = "closedir", SetLastError = true)] internal static partial int CloseDir(nint dir);
    [LibraryImport(C, EntryPoint = "rewinddir", SetLastError = true)] internal static partial void RewindDir(nint dir);
    [LibraryImport(C, EntryPoint = "mkdirat", SetLastError = true)] internal static partial int MkDirAt(int dirfd, byte[] path, int mode);
    [LibraryImport(C, EntryPoint = "unlinkat", SetLastError = true)] internal static partial int UnlinkAt(int dirfd, byte[] path, int flags);
    [LibraryImport(C, EntryPoint = "renameat", SetLastError = true)] internal static partial int RenameAt(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath);
    [LibraryImport(C, EntryPoint = "linkat", SetLastError = true)] internal static partial int LinkAt(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags);
    [LibraryImport(C, EntryPoint = "symlinkat", SetLastError = true)] internal static partial int SymLinkAt(byte[] target, int newdirfd, byte[] linkpath);
    [LibraryImport(C, EntryPoint = "readlinkat", SetLastError = true)] internal static partial nint ReadLinkAt(int dirfd, byte[] path, byte[] buf, nint size);
    [LibraryImport(C, EntryPoint = "chdir", SetLastError = true)] internal static partial int ChDir(byte[] path);
    [LibraryImport(C, EntryPoint = "fchdir", SetLastError = true)] internal static partial int FChDir(int fd);
    [LibraryImport(C, EntryPoint = "chroot", SetLastError = true)] internal static partial int ChRoot(byte[] path);
    [LibraryImport(C, EntryPoint = "getcwd", SetLastError = true)] internal static partial nint GetCwd(byte[] buf, nint size);
    [LibraryImport(C, EntryPoint = "fchmodat", SetLastError = true)] internal static partial int FChModAt(int dirfd, byte[] path, int mode, int flags);
    [LibraryImport(C, EntryPoint = "fchmod", SetLastError = true)] internal static partial int FChMod(int fd, int mode);
    [LibraryImport(C, EntryPoint = "fchownat", SetLastError = true)] internal static partial int FChOwnAt(int dirfd, byte[] path, int uid, int gid, int flags);
    [LibraryImport(C, EntryPoint = "fchown", SetLastError = true)] internal static partial int FChOwn(int fd, int uid, int gid);
    [LibraryImport(C, EntryPoint = "lchown", SetLastError = true)] internal static partial int LChOwn(byte[] path, int uid, int gid);
    [LibraryImport(C, EntryPoint = "faccessat", SetLastError = true)] internal static partial int FAccessAt(int dirfd, byte[] path, int mode, int flags);
    [LibraryImport(C, EntryPoint = "utimensat", SetLastError = true)] internal static partial int UTimensAt(int dirfd, byte[]? path, long[]? times, int flags);
    [LibraryImport(C, EntryPoint = "futimens", SetLastError = true)] internal static partial int FUTimens(int fd, long[]? times);
    [LibraryImport(C, EntryPoint = "mkfifoat", SetLastError = true)] internal static partial int MkFifoAt(int dirfd, byte[] path, int mode);
    [LibraryImport(C, EntryPoint = "mknodat", SetLastError = true)] internal static partial int MkNodAt(int dirfd, byte[] path, int mode, ulong dev);
    [LibraryImport(C, EntryPoint = "pathconf", SetLastError = true)] internal static partial long PathConf(byte[] path, int name);
    [LibraryImport(C, EntryPoint = "fpathconf", SetLastError = true)] internal static partial long FPathConf(int fd, int name);
    [LibraryImport(C, EntryPoint = "sync", SetLastError = true)] internal static partial void Sync();

    // Processes and identity.
    [LibraryImport(C, EntryPoint = "getpid")] internal static partial int GetPid();
    [LibraryImport(C, EntryPoint = "getppid")] internal static partial int GetPPid();
    [LibraryImport(C, EntryPoint = "getuid")] internal static partial uint GetUid();
    [LibraryImport(C, EntryPoint = "geteuid")] internal static partial uint GetEUid();
    [LibraryImport(C, EntryPoint = "getgid")] internal static partial uint GetGid();
    [LibraryImport(C, EntryPoint = "getegid")] internal static partial uint GetEGid();
    [LibraryImport(C, EntryPoint = "getgroups", SetLastError = true)] internal static partial int GetGroups(int size, uint[]? list);
    [LibraryImport(C, EntryPoint = "getresuid", SetLastError = true)] internal static partial int GetResUid(out uint r, out uint e, out uint s);
    [LibraryImport(C, EntryPoint = "getresgid", SetLastError = true)] internal static partial int GetResGid(out uint r, out uint e, out uint s);
    [LibraryImport(C, EntryPoint = "setuid", SetLastError = true)] internal static partial int SetUid(uint id);
    [LibraryImport(C, EntryPoint = "seteuid", SetLastError = true)] internal static partial int SetEUid(uint id);
    [LibraryImport(C, EntryPoint = "setgid", SetLastError = true)] internal static partial int SetGid(uint id);
    [LibraryImport(C, EntryPoint = "setegid", SetLastError = true)] internal static partial int SetEGid(uint id);
    [LibraryImport(C, EntryPoint = "setreuid", SetLastError = true)] internal static partial int SetREUid(uint r, uint e);
    [LibraryImport(C, EntryPoint = "setregid", SetLastError = true)] internal static partial int SetREGid(uint r, uint e);
    [LibraryImport(C, EntryPoint = "setresuid", SetLastError = true)] internal static partial int SetResUid(uint r, uint e, uint s);
    [LibraryImport(C, EntryPoint = "setresgid", SetLastError = true)] internal static partial int SetResGid(uint r, uint e, uint s);
    [LibraryImport(C, EntryPoint = "getpgrp")] internal static partial int GetPGrp();
    [LibraryImport(C, EntryPoint = "getpgid", SetLastError = true)] internal static partial int GetPGid(int pid);
    [LibraryImport(C, EntryPoint = "setpgid", SetLastError = true)] internal static partial int SetPGid(int pid, int pgid);
    [LibraryImport(C, EntryPoint = "getsid", SetLastError = true)] internal static partial int GetSid(int pid);
    [LibraryImport(C, EntryPoint = "setsid", SetLastError = true)] internal static partial int SetSid();
    [LibraryImport(C, EntryPoint = "tcgetpgrp", SetLastError = true)] internal static partial int TcGetPGrp(int fd);
    [LibraryImport(C, EntryPoint = "tcsetpgrp", SetLastError = true)] internal static partial int TcSetPGrp(int fd, int pgid);
    [LibraryImport(C, EntryPoint = "kill", SetLastError = true)] internal static partial int Kill(int pid, int sig);
    [LibraryImport(C, EntryPoint = "killpg", SetLastError = true)] internal static partial int KillPg(int pgrp, int sig);
    [LibraryImport(C, EntryPoint = "wait4", SetLastError = true)] internal static partial int Wait4(int pid, out int status, int options, byte[]? rusage);
    [LibraryImport(C, EntryPoint = "waitid", SetLastError = true)] internal static partial int WaitId(int idtype, int id, byte[] info, int options);
    [LibraryImport(C, EntryPoint = "_exit")] internal static partial void Exit(int status);
    [LibraryImport(C, EntryPoint = "abort")] internal static partial void Abort();
    [LibraryImport(C, EntryPoint = "execv", SetLastError = true)] internal static partial int ExecV(byte[] path, nint[] argv);
    [LibraryImport(C, EntryPoint = "execve", SetLastError = true)] internal static partial int ExecVE(byte[] path, nint[] argv, nint[] envp);
    [LibraryImport(C, EntryPoint = "system", SetLastError = true)] internal static partial int RunShell(byte[] command);
    [LibraryImport(C, EntryPoint = "umask")] internal static partial int UMask(int mask);
    [LibraryImport(C, EntryPoint = "nice", SetLastError = true)] internal static partial int Nice(int inc);
    [LibraryImport(C, EntryPoint = "getpriority", SetLastError = true)] internal static partial int GetPriority(int which, int who);
    [LibraryImport(C, EntryPoint = "setpriority", SetLastError = true)] internal static partial int SetPriority(int which, int who, int prio);
    [LibraryImport(C, EntryPoint = "uname", SetLastError = true)] internal static partial int UName(byte[] buf);
    [LibraryImport(C, EntryPoint = "times", SetLastError = true)] internal static partial long Times(long[] buf);
    [LibraryImport(C, EntryPoint = "sysconf", SetLastError = true)] internal static partial long SysConf(int name);
    [LibraryImport(C, EntryPoint = "confstr", SetLastError = true)] internal static partial nint ConfStr(int name, byte[]? buf, nint len);
    [LibraryImport(C, EntryPoint = "getloadavg", SetLastError = true)] internal static partial int GetLoadAvg(double[] avg, int n);
    [LibraryImport(C, EntryPoint = "getlogin", SetLastError = true)] internal static partial nint GetLogin();
    [LibraryImport(C, EntryPoint = "ctermid", SetLastError = true)] internal static partial nint CtermId(byte[]? buf);
    [LibraryImport(C, EntryPoint = "sched_yield")] internal static partial int SchedYield();
    [LibraryImport(C, EntryPoint = "sched_getaffinity", SetLastError = true)] internal static partial int SchedGetAffinity(int pid, nint size, byte[] mask);
    [LibraryImport(C, EntryPoint = "sched_get_priority_max", SetLastError = true)] internal static partial int SchedGetPriorityMax(int policy);
    [LibraryImport(C, EntryPoint = "sched_get_priority_min", SetLastError = true)] internal static partial int SchedGetPriorityMin(int policy);
    [LibraryImport(C, EntryPoint = "sched_getscheduler", SetLastError = true)] internal static partial int SchedGetScheduler(int pid);
    [LibraryImport(C, EntryPoint = "getrandom", SetLastError = true)] internal static partial nint GetRandom(byte[] buf, nint len, int flags);
    [LibraryImport(C, EntryPoint = "strerror")] internal static partial nint StrError(int errnum);
    [LibraryImport(C, EntryPoint = "setenv", SetLastError = true)] internal static partial int SetEnv(byte[] name, byte[] value, int overwrite);
    [LibraryImport(C, EntryPoint = "unsetenv", SetLastError = true)] internal static partial int UnsetEnv(byte[] name);
    [LibraryImport(C, EntryPoint = "gnu_get_libc_version")] internal static partial nint GnuGetLibcVersion();

    // Signals (the handlers themselves go through .NET's PosixSignalRegistration).
    [LibraryImport(C, EntryPoint = "alarm")] internal static partial uint Alarm(uint seconds);
    [LibraryImport(C, EntryPoint = "strsignal")] internal static partial nint StrSignal(int sig);
    [LibraryImport(C, EntryPoint = "pthread_sigmask", SetLastError = true)] internal static partial int PthreadSigmask(int how, ulong[]? set, ulong[]? oldset);
    [LibraryImport(C, EntryPoint = "sigpending", SetLastError = true)] internal static partial int SigPending(ulong[] set);
    [LibraryImport(C, EntryPoint = "setitimer", SetLastError = true)] internal static partial int SetITimer(int which, long[] value, long[] old);
    [LibraryImport(C, EntryPoint = "getitimer", SetLastError = true)] internal static partial int GetITimer(int which, long[] value);
    [LibraryImport(C, EntryPoint = "sigaction", SetLastError = true)] internal static partial int SigAction(int sig, nint act, byte[] oldact);
    [LibraryImport(C, EntryPoint = "signal", SetLastError = true)] internal static partial nint Signal(int sig, nint handler);

    // Users and groups (the reentrant forms; buffers are the caller's).
    [LibraryImport(C, EntryPoint = "getpwnam_r", SetLastError = true)] internal static partial int GetPwNamR(byte[] name, byte[] pwd, byte[] buf, nint len, out nint result);
    [LibraryImport(C, EntryPoint = "getpwuid_r", SetLastError = true)] internal static partial int GetPwUidR(uint uid, byte[] pwd, byte[] buf, nint len, out nint result);
    [LibraryImport(C, EntryPoint = "getgrnam_r", SetLastError = true)] internal static partial int GetGrNamR(byte[] name, byte[] grp, byte[] buf, nint len, out nint result);
    [LibraryImport(C, EntryPoint = "getgrgid_r", SetLastError = true)] internal static partial int GetGrGidR(uint gid, byte[] grp, byte[] buf, nint len, out nint result);
    [LibraryImport(C, EntryPoint = "setpwent")] internal static partial void SetPwEnt();
    [LibraryImport(C, EntryPoint = "getpwent", SetLastError = true)] internal static partial nint GetPwEnt();
    [LibraryImport(C, EntryPoint = "endpwent")] internal static partial void EndPwEnt();
    [LibraryImport(C, EntryPoint = "setgrent")] internal static partial void SetGrEnt();
    [LibraryImport(C, EntryPoint = "getgrent", SetLastError = true)] internal static partial nint GetGrEnt();
    [LibraryImport(C, EntryPoint = "endgrent")] internal static partial void EndGrEnt();
    [LibraryImport(C, EntryPoint = "getgrouplist", SetLastError = true)] internal static partial int GetGroupList(byte[] user, uint group, uint[] groups, ref int ngroups);

    // Locale.
    [LibraryImport(C, EntryPoint = "setlocale", SetLastError = true)] internal static partial nint SetLocale(int category, byte[]? locale);
    [LibraryImport(C, EntryPoint = "nl_langinfo")] internal static partial nint NlLangInfo(int item);
    [LibraryImport(C, EntryPoint = "localeconv")] internal static partial nint LocaleConv();
    [LibraryImport(C, EntryPoint = "gettext")] internal static partial nint GetText(byte[] msgid);
    [LibraryImport(C, EntryPoint = "dgettext")] internal static partial nint DGetText(byte[]? domain, byte[] msgid);
    [LibraryImport(C, EntryPoint = "dcgettext")] internal static partial nint DCGetText(byte[]? domain, byte[] msgid, int category);
    [LibraryImport(C, EntryPoint = "textdomain", SetLastError = true)] internal static partial nint TextDomain(byte[]? domain);
    [LibraryImport(C, EntryPoint = "bindtextdomain", SetLastError = true)] internal static partial nint BindTextDomain(byte[] domain, byte[]? dir);
    [LibraryImport(C, EntryPoint = "bind_textdomain_codeset", SetLastError = true)] internal static partial nint BindTextDomainCodeset(byte[] domain, byte[]? codeset);

    /// <summary>The NUL-terminated C string at <paramref name="p"/> as bytes (empty for a null pointer).</summary>
    internal static byte[] CBytes(nint p)
    {
        if (p == 0) return [];
        int n = 0;
        while (Marshal.ReadByte(p, n) != 0) n++;
        var b = new byte[n];
        Marshal.Copy(p, b, 0, n);
        return b;
    }

    /// <summary>The NUL-terminated string inside <paramref name="buf"/> starting at <paramref name="start"/>.</summary>
    internal static ReadOnlySpan<byte> CSpan(byte[] buf, int start = 0)
    {
        var s = buf.AsSpan(start);
        int n = s.IndexOf((byte)0);
        return n < 0 ? s : s[..n];
    }

    /// <summary>A NUL-terminated copy of <paramref name="s"/>.</summary>
    internal static byte[] Z(ReadOnlySpan<byte> s)
    {
        var b = new byte[s.Length + 1];
        s.CopyTo(b);
        return b;
    }
}
