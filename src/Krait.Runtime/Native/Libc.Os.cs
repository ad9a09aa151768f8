using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>libc functions behind posix, _signal, pwd, grp and _locale (Linux x86-64 glibc). Paths are passed
/// as NUL-terminated byte arrays (the filesystem encoding is applied by the caller); errno is read with
/// <see cref="Marshal.GetLastPInvokeError"/> right after the call.</summary>
internal static partial class Libc
{
    private const string C = "libc";

    // Files and descriptors (open, close, lseek, ftruncate, isatty, fstat are in Libc.IO.cs).
    [DllImport(C, EntryPoint = "openat", SetLastError = true)] internal static extern int OpenAt(int dirfd, byte[] path, int flags, int mode);
    [DllImport(C, EntryPoint = "read", SetLastError = true)] internal static extern nint Read(int fd, byte[] buf, nint count);
    [DllImport(C, EntryPoint = "write", SetLastError = true)] internal static extern nint Write(int fd, byte[] buf, nint count);
    [DllImport(C, EntryPoint = "pread", SetLastError = true)] internal static extern nint PRead(int fd, byte[] buf, nint count, long offset);
    [DllImport(C, EntryPoint = "pwrite", SetLastError = true)] internal static extern nint PWrite(int fd, byte[] buf, nint count, long offset);
    [DllImport(C, EntryPoint = "pipe2", SetLastError = true)] internal static extern int Pipe2(int[] fds, int flags);
    [DllImport(C, EntryPoint = "dup", SetLastError = true)] internal static extern int Dup(int fd);
    [DllImport(C, EntryPoint = "dup2", SetLastError = true)] internal static extern int Dup2(int fd, int fd2);
    [DllImport(C, EntryPoint = "dup3", SetLastError = true)] internal static extern int Dup3(int fd, int fd2, int flags);
    [DllImport(C, EntryPoint = "fcntl", SetLastError = true)] internal static extern int Fcntl(int fd, int cmd, int arg);
    [DllImport(C, EntryPoint = "fsync", SetLastError = true)] internal static extern int FSync(int fd);
    [DllImport(C, EntryPoint = "fdatasync", SetLastError = true)] internal static extern int FDataSync(int fd);
    [DllImport(C, EntryPoint = "truncate", SetLastError = true)] internal static extern int Truncate(byte[] path, long length);
    [DllImport(C, EntryPoint = "ttyname_r", SetLastError = true)] internal static extern int TtyNameR(int fd, byte[] buf, nint len);
    [DllImport(C, EntryPoint = "ioctl", SetLastError = true)] internal static extern int Ioctl(int fd, ulong request, byte[] arg);
    [DllImport(C, EntryPoint = "posix_fallocate", SetLastError = true)] internal static extern int PosixFallocate(int fd, long offset, long len);
    [DllImport(C, EntryPoint = "posix_fadvise", SetLastError = true)] internal static extern int PosixFadvise(int fd, long offset, long len, int advice);
    [DllImport(C, EntryPoint = "lockf", SetLastError = true)] internal static extern int Lockf(int fd, int cmd, long len);
    [DllImport(C, EntryPoint = "sendfile", SetLastError = true)] internal static extern nint SendFile(int outFd, int inFd, ref long offset, nint count);
    [DllImport(C, EntryPoint = "sendfile", SetLastError = true)] internal static extern nint SendFile(int outFd, int inFd, nint offset, nint count);
    [DllImport(C, EntryPoint = "openpty", SetLastError = true)] internal static extern int OpenPty(int[] master, int[] slave, nint name, nint termp, nint winp);

    // stat family: glibc 2.33+ exports these (struct stat is 144 bytes on x86-64).
    [DllImport(C, EntryPoint = "stat", SetLastError = true)] internal static extern int Stat(byte[] path, byte[] buf);
    [DllImport(C, EntryPoint = "lstat", SetLastError = true)] internal static extern int LStat(byte[] path, byte[] buf);
    [DllImport(C, EntryPoint = "fstatat", SetLastError = true)] internal static extern int FStatAt(int dirfd, byte[] path, byte[] buf, int flags);
    [DllImport(C, EntryPoint = "statvfs", SetLastError = true)] internal static extern int StatVfs(byte[] path, byte[] buf);
    [DllImport(C, EntryPoint = "fstatvfs", SetLastError = true)] internal static extern int FStatVfs(int fd, byte[] buf);

    // Directories and names.
    [DllImport(C, EntryPoint = "opendir", SetLastError = true)] internal static extern nint OpenDir(byte[] path);
    [DllImport(C, EntryPoint = "fdopendir", SetLastError = true)] internal static extern nint FdOpenDir(int fd);
    [DllImport(C, EntryPoint = "readdir", SetLastError = true)] internal static extern nint ReadDir(nint dir);
    [DllImport(C, EntryPoint = "closedir", SetLastError = true)] internal static extern int CloseDir(nint dir);
    [DllImport(C, EntryPoint = "rewinddir", SetLastError = true)] internal static extern void RewindDir(nint dir);
    [DllImport(C, EntryPoint = "mkdirat", SetLastError = true)] internal static extern int MkDirAt(int dirfd, byte[] path, int mode);
    [DllImport(C, EntryPoint = "unlinkat", SetLastError = true)] internal static extern int UnlinkAt(int dirfd, byte[] path, int flags);
    [DllImport(C, EntryPoint = "renameat", SetLastError = true)] internal static extern int RenameAt(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath);
    [DllImport(C, EntryPoint = "linkat", SetLastError = true)] internal static extern int LinkAt(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags);
    [DllImport(C, EntryPoint = "symlinkat", SetLastError = true)] internal static extern int SymLinkAt(byte[] target, int newdirfd, byte[] linkpath);
    [DllImport(C, EntryPoint = "readlinkat", SetLastError = true)] internal static extern nint ReadLinkAt(int dirfd, byte[] path, byte[] buf, nint size);
    [DllImport(C, EntryPoint = "chdir", SetLastError = true)] internal static extern int ChDir(byte[] path);
    [DllImport(C, EntryPoint = "fchdir", SetLastError = true)] internal static extern int FChDir(int fd);
    [DllImport(C, EntryPoint = "chroot", SetLastError = true)] internal static extern int ChRoot(byte[] path);
    [DllImport(C, EntryPoint = "getcwd", SetLastError = true)] internal static extern nint GetCwd(byte[] buf, nint size);
    [DllImport(C, EntryPoint = "fchmodat", SetLastError = true)] internal static extern int FChModAt(int dirfd, byte[] path, int mode, int flags);
    [DllImport(C, EntryPoint = "fchmod", SetLastError = true)] internal static extern int FChMod(int fd, int mode);
    [DllImport(C, EntryPoint = "fchownat", SetLastError = true)] internal static extern int FChOwnAt(int dirfd, byte[] path, int uid, int gid, int flags);
    [DllImport(C, EntryPoint = "fchown", SetLastError = true)] internal static extern int FChOwn(int fd, int uid, int gid);
    [DllImport(C, EntryPoint = "lchown", SetLastError = true)] internal static extern int LChOwn(byte[] path, int uid, int gid);
    [DllImport(C, EntryPoint = "faccessat", SetLastError = true)] internal static extern int FAccessAt(int dirfd, byte[] path, int mode, int flags);
    [DllImport(C, EntryPoint = "utimensat", SetLastError = true)] internal static extern int UTimensAt(int dirfd, byte[]? path, long[]? times, int flags);
    [DllImport(C, EntryPoint = "futimens", SetLastError = true)] internal static extern int FUTimens(int fd, long[]? times);
    [DllImport(C, EntryPoint = "mkfifoat", SetLastError = true)] internal static extern int MkFifoAt(int dirfd, byte[] path, int mode);
    [DllImport(C, EntryPoint = "mknodat", SetLastError = true)] internal static extern int MkNodAt(int dirfd, byte[] path, int mode, ulong dev);
    [DllImport(C, EntryPoint = "pathconf", SetLastError = true)] internal static extern long PathConf(byte[] path, int name);
    [DllImport(C, EntryPoint = "fpathconf", SetLastError = true)] internal static extern long FPathConf(int fd, int name);
    [DllImport(C, EntryPoint = "sync", SetLastError = true)] internal static extern void Sync();

    // Processes and identity.
    [DllImport(C, EntryPoint = "getpid")] internal static extern int GetPid();
    [DllImport(C, EntryPoint = "getppid")] internal static extern int GetPPid();
    [DllImport(C, EntryPoint = "getuid")] internal static extern uint GetUid();
    [DllImport(C, EntryPoint = "geteuid")] internal static extern uint GetEUid();
    [DllImport(C, EntryPoint = "getgid")] internal static extern uint GetGid();
    [DllImport(C, EntryPoint = "getegid")] internal static extern uint GetEGid();
    [DllImport(C, EntryPoint = "getgroups", SetLastError = true)] internal static extern int GetGroups(int size, uint[]? list);
    [DllImport(C, EntryPoint = "getresuid", SetLastError = true)] internal static extern int GetResUid(out uint r, out uint e, out uint s);
    [DllImport(C, EntryPoint = "getresgid", SetLastError = true)] internal static extern int GetResGid(out uint r, out uint e, out uint s);
    [DllImport(C, EntryPoint = "setuid", SetLastError = true)] internal static extern int SetUid(uint id);
    [DllImport(C, EntryPoint = "seteuid", SetLastError = true)] internal static extern int SetEUid(uint id);
    [DllImport(C, EntryPoint = "setgid", SetLastError = true)] internal static extern int SetGid(uint id);
    [DllImport(C, EntryPoint = "setegid", SetLastError = true)] internal static extern int SetEGid(uint id);
    [DllImport(C, EntryPoint = "setreuid", SetLastError = true)] internal static extern int SetREUid(uint r, uint e);
    [DllImport(C, EntryPoint = "setregid", SetLastError = true)] internal static extern int SetREGid(uint r, uint e);
    [DllImport(C, EntryPoint = "setresuid", SetLastError = true)] internal static extern int SetResUid(uint r, uint e, uint s);
    [DllImport(C, EntryPoint = "setresgid", SetLastError = true)] internal static extern int SetResGid(uint r, uint e, uint s);
    [DllImport(C, EntryPoint = "getpgrp")] internal static extern int GetPGrp();
    [DllImport(C, EntryPoint = "getpgid", SetLastError = true)] internal static extern int GetPGid(int pid);
    [DllImport(C, EntryPoint = "setpgid", SetLastError = true)] internal static extern int SetPGid(int pid, int pgid);
    [DllImport(C, EntryPoint = "getsid", SetLastError = true)] internal static extern int GetSid(int pid);
    [DllImport(C, EntryPoint = "setsid", SetLastError = true)] internal static extern int SetSid();
    [DllImport(C, EntryPoint = "tcgetpgrp", SetLastError = true)] internal static extern int TcGetPGrp(int fd);
    [DllImport(C, EntryPoint = "tcsetpgrp", SetLastError = true)] internal static extern int TcSetPGrp(int fd, int pgid);
    [DllImport(C, EntryPoint = "kill", SetLastError = true)] internal static extern int Kill(int pid, int sig);
    [DllImport(C, EntryPoint = "killpg", SetLastError = true)] internal static extern int KillPg(int pgrp, int sig);
    [DllImport(C, EntryPoint = "wait4", SetLastError = true)] internal static extern int Wait4(int pid, out int status, int options, byte[]? rusage);
    [DllImport(C, EntryPoint = "waitid", SetLastError = true)] internal static extern int WaitId(int idtype, int id, byte[] info, int options);
    [DllImport(C, EntryPoint = "_exit")] internal static extern void Exit(int status);
    [DllImport(C, EntryPoint = "abort")] internal static extern void Abort();
    [DllImport(C, EntryPoint = "execv", SetLastError = true)] internal static extern int ExecV(byte[] path, nint[] argv);
    [DllImport(C, EntryPoint = "execve", SetLastError = true)] internal static extern int ExecVE(byte[] path, nint[] argv, nint[] envp);
    [DllImport(C, EntryPoint = "system", SetLastError = true)] internal static extern int RunShell(byte[] command);
    [DllImport(C, EntryPoint = "umask")] internal static extern int UMask(int mask);
    [DllImport(C, EntryPoint = "nice", SetLastError = true)] internal static extern int Nice(int inc);
    [DllImport(C, EntryPoint = "getpriority", SetLastError = true)] internal static extern int GetPriority(int which, int who);
    [DllImport(C, EntryPoint = "setpriority", SetLastError = true)] internal static extern int SetPriority(int which, int who, int prio);
    [DllImport(C, EntryPoint = "uname", SetLastError = true)] internal static extern int UName(byte[] buf);
    [DllImport(C, EntryPoint = "times", SetLastError = true)] internal static extern long Times(long[] buf);
    [DllImport(C, EntryPoint = "sysconf", SetLastError = true)] internal static extern long SysConf(int name);
    [DllImport(C, EntryPoint = "confstr", SetLastError = true)] internal static extern nint ConfStr(int name, byte[]? buf, nint len);
    [DllImport(C, EntryPoint = "getloadavg", SetLastError = true)] internal static extern int GetLoadAvg(double[] avg, int n);
    [DllImport(C, EntryPoint = "getlogin", SetLastError = true)] internal static extern nint GetLogin();
    [DllImport(C, EntryPoint = "ctermid", SetLastError = true)] internal static extern nint CtermId(byte[]? buf);
    [DllImport(C, EntryPoint = "sched_yield")] internal static extern int SchedYield();
    [DllImport(C, EntryPoint = "sched_getaffinity", SetLastError = true)] internal static extern int SchedGetAffinity(int pid, nint size, byte[] mask);
    [DllImport(C, EntryPoint = "sched_get_priority_max", SetLastError = true)] internal static extern int SchedGetPriorityMax(int policy);
    [DllImport(C, EntryPoint = "sched_get_priority_min", SetLastError = true)] internal static extern int SchedGetPriorityMin(int policy);
    [DllImport(C, EntryPoint = "sched_getscheduler", SetLastError = true)] internal static extern int SchedGetScheduler(int pid);
    [DllImport(C, EntryPoint = "getrandom", SetLastError = true)] internal static extern nint GetRandom(byte[] buf, nint len, int flags);
    [DllImport(C, EntryPoint = "strerror")] internal static extern nint StrError(int errnum);
    [DllImport(C, EntryPoint = "setenv", SetLastError = true)] internal static extern int SetEnv(byte[] name, byte[] value, int overwrite);
    [DllImport(C, EntryPoint = "unsetenv", SetLastError = true)] internal static extern int UnsetEnv(byte[] name);
    [DllImport(C, EntryPoint = "gnu_get_libc_version")] internal static extern nint GnuGetLibcVersion();

    // Signals (the handlers themselves go through .NET's PosixSignalRegistration).
    [DllImport(C, EntryPoint = "alarm")] internal static extern uint Alarm(uint seconds);
    [DllImport(C, EntryPoint = "strsignal")] internal static extern nint StrSignal(int sig);
    [DllImport(C, EntryPoint = "pthread_sigmask", SetLastError = true)] internal static extern int PthreadSigmask(int how, ulong[]? set, ulong[]? oldset);
    [DllImport(C, EntryPoint = "sigpending", SetLastError = true)] internal static extern int SigPending(ulong[] set);
    [DllImport(C, EntryPoint = "setitimer", SetLastError = true)] internal static extern int SetITimer(int which, long[] value, long[] old);
    [DllImport(C, EntryPoint = "getitimer", SetLastError = true)] internal static extern int GetITimer(int which, long[] value);
    [DllImport(C, EntryPoint = "sigaction", SetLastError = true)] internal static extern int SigAction(int sig, nint act, byte[] oldact);
    [DllImport(C, EntryPoint = "signal", SetLastError = true)] internal static extern nint Signal(int sig, nint handler);

    // Users and groups (the reentrant forms; buffers are the caller's).
    [DllImport(C, EntryPoint = "getpwnam_r", SetLastError = true)] internal static extern int GetPwNamR(byte[] name, byte[] pwd, byte[] buf, nint len, out nint result);
    [DllImport(C, EntryPoint = "getpwuid_r", SetLastError = true)] internal static extern int GetPwUidR(uint uid, byte[] pwd, byte[] buf, nint len, out nint result);
    [DllImport(C, EntryPoint = "getgrnam_r", SetLastError = true)] internal static extern int GetGrNamR(byte[] name, byte[] grp, byte[] buf, nint len, out nint result);
    [DllImport(C, EntryPoint = "getgrgid_r", SetLastError = true)] internal static extern int GetGrGidR(uint gid, byte[] grp, byte[] buf, nint len, out nint result);
    [DllImport(C, EntryPoint = "setpwent")] internal static extern void SetPwEnt();
    [DllImport(C, EntryPoint = "getpwent", SetLastError = true)] internal static extern nint GetPwEnt();
    [DllImport(C, EntryPoint = "endpwent")] internal static extern void EndPwEnt();
    [DllImport(C, EntryPoint = "setgrent")] internal static extern void SetGrEnt();
    [DllImport(C, EntryPoint = "getgrent", SetLastError = true)] internal static extern nint GetGrEnt();
    [DllImport(C, EntryPoint = "endgrent")] internal static extern void EndGrEnt();
    [DllImport(C, EntryPoint = "getgrouplist", SetLastError = true)] internal static extern int GetGroupList(byte[] user, uint group, uint[] groups, ref int ngroups);

    // Locale.
    [DllImport(C, EntryPoint = "setlocale", SetLastError = true)] internal static extern nint SetLocale(int category, byte[]? locale);
    [DllImport(C, EntryPoint = "nl_langinfo")] internal static extern nint NlLangInfo(int item);
    [DllImport(C, EntryPoint = "localeconv")] internal static extern nint LocaleConv();
    [DllImport(C, EntryPoint = "gettext")] internal static extern nint GetText(byte[] msgid);
    [DllImport(C, EntryPoint = "dgettext")] internal static extern nint DGetText(byte[]? domain, byte[] msgid);
    [DllImport(C, EntryPoint = "dcgettext")] internal static extern nint DCGetText(byte[]? domain, byte[] msgid, int category);
    [DllImport(C, EntryPoint = "textdomain", SetLastError = true)] internal static extern nint TextDomain(byte[]? domain);
    [DllImport(C, EntryPoint = "bindtextdomain", SetLastError = true)] internal static extern nint BindTextDomain(byte[] domain, byte[]? dir);
    [DllImport(C, EntryPoint = "bind_textdomain_codeset", SetLastError = true)] internal static extern nint BindTextDomainCodeset(byte[] domain, byte[]? codeset);

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
