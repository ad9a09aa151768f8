// Platform constant values (Linux x86-64, glibc) as CPython 3.11 reports them; generated once from the oracle.
namespace Krait.Runtime;

internal static class PosixConstants
{
    internal static readonly (string Name, long Value)[] Posix =
    [
        ("CLD_CONTINUED", 6), ("CLD_DUMPED", 3), ("CLD_EXITED", 1), ("CLD_KILLED", 2), ("CLD_STOPPED", 5),
        ("CLD_TRAPPED", 4), ("EFD_CLOEXEC", 524288), ("EFD_NONBLOCK", 2048), ("EFD_SEMAPHORE", 1),
        ("EX_CANTCREAT", 73), ("EX_CONFIG", 78), ("EX_DATAERR", 65), ("EX_IOERR", 74), ("EX_NOHOST", 68),
        ("EX_NOINPUT", 66), ("EX_NOPERM", 77), ("EX_NOUSER", 67), ("EX_OK", 0), ("EX_OSERR", 71), ("EX_OSFILE", 72),
        ("EX_PROTOCOL", 76), ("EX_SOFTWARE", 70), ("EX_TEMPFAIL", 75), ("EX_UNAVAILABLE", 69), ("EX_USAGE", 64),
        ("F_LOCK", 1), ("F_OK", 0), ("F_TEST", 3), ("F_TLOCK", 2), ("F_ULOCK", 0), ("GRND_NONBLOCK", 1),
        ("GRND_RANDOM", 2), ("MFD_ALLOW_SEALING", 2), ("MFD_CLOEXEC", 1), ("MFD_HUGETLB", 4),
        ("MFD_HUGE_16GB", 2281701376), ("MFD_HUGE_16MB", 1610612736), ("MFD_HUGE_1GB", 2013265920),
        ("MFD_HUGE_1MB", 1342177280), ("MFD_HUGE_256MB", 1879048192), ("MFD_HUGE_2GB", 2080374784),
        ("MFD_HUGE_2MB", 1409286144), ("MFD_HUGE_32MB", 1677721600), ("MFD_HUGE_512KB", 1275068416),
        ("MFD_HUGE_512MB", 1946157056), ("MFD_HUGE_64KB", 1073741824), ("MFD_HUGE_8MB", 1543503872),
        ("MFD_HUGE_MASK", 63), ("MFD_HUGE_SHIFT", 26), ("NGROUPS_MAX", 65536), ("O_ACCMODE", 3), ("O_APPEND", 1024),
        ("O_ASYNC", 8192), ("O_CLOEXEC", 524288), ("O_CREAT", 64), ("O_DIRECT", 16384), ("O_DIRECTORY", 65536),
        ("O_DSYNC", 4096), ("O_EXCL", 128), ("O_FSYNC", 1052672), ("O_LARGEFILE", 0), ("O_NDELAY", 2048),
        ("O_NOATIME", 262144), ("O_NOCTTY", 256), ("O_NOFOLLOW", 131072), ("O_NONBLOCK", 2048), ("O_PATH", 2097152),
        ("O_RDONLY", 0), ("O_RDWR", 2), ("O_RSYNC", 1052672), ("O_SYNC", 1052672), ("O_TMPFILE", 4259840),
        ("O_TRUNC", 512), ("O_WRONLY", 1), ("POSIX_FADV_DONTNEED", 4), ("POSIX_FADV_NOREUSE", 5),
        ("POSIX_FADV_NORMAL", 0), ("POSIX_FADV_RANDOM", 1), ("POSIX_FADV_SEQUENTIAL", 2), ("POSIX_FADV_WILLNEED", 3),
        ("POSIX_SPAWN_CLOSE", 1), ("POSIX_SPAWN_DUP2", 2), ("POSIX_SPAWN_OPEN", 0), ("PRIO_PGRP", 1),
        ("PRIO_PROCESS", 0), ("PRIO_USER", 2), ("P_ALL", 0), ("P_PGID", 2), ("P_PID", 1), ("P_PIDFD", 3),
        ("RTLD_DEEPBIND", 8), ("RTLD_GLOBAL", 256), ("RTLD_LAZY", 1), ("RTLD_LOCAL", 0), ("RTLD_NODELETE", 4096),
        ("RTLD_NOLOAD", 4), ("RTLD_NOW", 2), ("RWF_APPEND", 16), ("RWF_DSYNC", 2), ("RWF_HIPRI", 1),
        ("RWF_NOWAIT", 8), ("RWF_SYNC", 4), ("R_OK", 4), ("SCHED_BATCH", 3), ("SCHED_FIFO", 1), ("SCHED_IDLE", 5),
        ("SCHED_OTHER", 0), ("SCHED_RESET_ON_FORK", 1073741824), ("SCHED_RR", 2), ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
        ("SPLICE_F_MORE", 4), ("SPLICE_F_MOVE", 1), ("SPLICE_F_NONBLOCK", 2), ("ST_APPEND", 256), ("ST_MANDLOCK", 64),
        ("ST_NOATIME", 1024), ("ST_NODEV", 4), ("ST_NODIRATIME", 2048), ("ST_NOEXEC", 8), ("ST_NOSUID", 2),
        ("ST_RDONLY", 1), ("ST_RELATIME", 4096), ("ST_SYNCHRONOUS", 16), ("ST_WRITE", 128), ("TMP_MAX", 238328),
        ("WCONTINUED", 8), ("WEXITED", 4), ("WNOHANG", 1), ("WNOWAIT", 16777216), ("WSTOPPED", 2), ("WUNTRACED", 2),
        ("W_OK", 2), ("XATTR_CREATE", 1), ("XATTR_REPLACE", 2), ("XATTR_SIZE_MAX", 65536), ("X_OK", 1),
    ];

    internal static readonly (string Name, long Value)[] Errno =
    [
        ("E2BIG", 7), ("EACCES", 13), ("EADDRINUSE", 98), ("EADDRNOTAVAIL", 99), ("EADV", 68), ("EAFNOSUPPORT", 97),
        ("EAGAIN", 11), ("EALREADY", 114), ("EBADE", 52), ("EBADF", 9), ("EBADFD", 77), ("EBADMSG", 74),
        ("EBADR", 53), ("EBADRQC", 56), ("EBADSLT", 57), ("EBFONT", 59), ("EBUSY", 16), ("ECANCELED", 125),
        ("ECHILD", 10), ("ECHRNG", 44), ("ECOMM", 70), ("ECONNABORTED", 103), ("ECONNREFUSED", 111),
        ("ECONNRESET", 104), ("EDEADLK", 35), ("EDEADLOCK", 35), ("EDESTADDRREQ", 89), ("EDOM", 33), ("EDOTDOT", 73),
        ("EDQUOT", 122), ("EEXIST", 17), ("EFAULT", 14), ("EFBIG", 27), ("EHOSTDOWN", 112), ("EHOSTUNREACH", 113),
        ("EIDRM", 43), ("EILSEQ", 84), ("EINPROGRESS", 115), ("EINTR", 4), ("EINVAL", 22), ("EIO", 5),
        ("EISCONN", 106), ("EISDIR", 21), ("EISNAM", 120), ("EKEYEXPIRED", 127), ("EKEYREJECTED", 129),
        ("EKEYREVOKED", 128), ("EL2HLT", 51), ("EL2NSYNC", 45), ("EL3HLT", 46), ("EL3RST", 47), ("ELIBACC", 79),
        ("ELIBBAD", 80), ("ELIBEXEC", 83), ("ELIBMAX", 82), ("ELIBSCN", 81), ("ELNRNG", 48), ("ELOOP", 40),
        ("EMEDIUMTYPE", 124), ("EMFILE", 24), ("EMLINK", 31), ("EMSGSIZE", 90), ("EMULTIHOP", 72),
        ("ENAMETOOLONG", 36), ("ENAVAIL", 119), ("ENETDOWN", 100), ("ENETRESET", 102), ("ENETUNREACH", 101),
        ("ENFILE", 23), ("ENOANO", 55), ("ENOBUFS", 105), ("ENOCSI", 50), ("ENODATA", 61), ("ENODEV", 19),
        ("ENOENT", 2), ("ENOEXEC", 8), ("ENOKEY", 126), ("ENOLCK", 37), ("ENOLINK", 67), ("ENOMEDIUM", 123),
        ("ENOMEM", 12), ("ENOMSG", 42), ("ENONET", 64), ("ENOPKG", 65), ("ENOPROTOOPT", 92), ("ENOSPC", 28),
        ("ENOSR", 63), ("ENOSTR", 60), ("ENOSYS", 38), ("ENOTBLK", 15), ("ENOTCONN", 107), ("ENOTDIR", 20),
        ("ENOTEMPTY", 39), ("ENOTNAM", 118), ("ENOTRECOVERABLE", 131), ("ENOTSOCK", 88), ("ENOTSUP", 95),
        ("ENOTTY", 25), ("ENOTUNIQ", 76), ("ENXIO", 6), ("EOPNOTSUPP", 95), ("EOVERFLOW", 75), ("EOWNERDEAD", 130),
        ("EPERM", 1), ("EPFNOSUPPORT", 96), ("EPIPE", 32), ("EPROTO", 71), ("EPROTONOSUPPORT", 93),
        ("EPROTOTYPE", 91), ("ERANGE", 34), ("EREMCHG", 78), ("EREMOTE", 66), ("EREMOTEIO", 121), ("ERESTART", 85),
        ("ERFKILL", 132), ("EROFS", 30), ("ESHUTDOWN", 108), ("ESOCKTNOSUPPORT", 94), ("ESPIPE", 29), ("ESRCH", 3),
        ("ESRMNT", 69), ("ESTALE", 116), ("ESTRPIPE", 86), ("ETIME", 62), ("ETIMEDOUT", 110), ("ETOOMANYREFS", 109),
        ("ETXTBSY", 26), ("EUCLEAN", 117), ("EUNATCH", 49), ("EUSERS", 87), ("EWOULDBLOCK", 11), ("EXDEV", 18),
        ("EXFULL", 54),
    ];

    /// <summary>errno.errorcode: the name CPython keeps for each value (aliases such as EWOULDBLOCK lose).</summary>
    internal static readonly (string Name, long Value)[] ErrorCode =
    [
        ("EPERM", 1), ("ENOENT", 2), ("ESRCH", 3), ("EINTR", 4), ("EIO", 5), ("ENXIO", 6), ("E2BIG", 7),
        ("ENOEXEC", 8), ("EBADF", 9), ("ECHILD", 10), ("EAGAIN", 11), ("ENOMEM", 12), ("EACCES", 13), ("EFAULT", 14),
        ("ENOTBLK", 15), ("EBUSY", 16), ("EEXIST", 17), ("EXDEV", 18), ("ENODEV", 19), ("ENOTDIR", 20),
        ("EISDIR", 21), ("EINVAL", 22), ("ENFILE", 23), ("EMFILE", 24), ("ENOTTY", 25), ("ETXTBSY", 26),
        ("EFBIG", 27), ("ENOSPC", 28), ("ESPIPE", 29), ("EROFS", 30), ("EMLINK", 31), ("EPIPE", 32), ("EDOM", 33),
        ("ERANGE", 34), ("EDEADLOCK", 35), ("ENAMETOOLONG", 36), ("ENOLCK", 37), ("ENOSYS", 38), ("ENOTEMPTY", 39),
        ("ELOOP", 40), ("ENOMSG", 42), ("EIDRM", 43), ("ECHRNG", 44), ("EL2NSYNC", 45), ("EL3HLT", 46),
        ("EL3RST", 47), ("ELNRNG", 48), ("EUNATCH", 49), ("ENOCSI", 50), ("EL2HLT", 51), ("EBADE", 52), ("EBADR", 53),
        ("EXFULL", 54), ("ENOANO", 55), ("EBADRQC", 56), ("EBADSLT", 57), ("EBFONT", 59), ("ENOSTR", 60),
        ("ENODATA", 61), ("ETIME", 62), ("ENOSR", 63), ("ENONET", 64), ("ENOPKG", 65), ("EREMOTE", 66),
        ("ENOLINK", 67), ("EADV", 68), ("ESRMNT", 69), ("ECOMM", 70), ("EPROTO", 71), ("EMULTIHOP", 72),
        ("EDOTDOT", 73), ("EBADMSG", 74), ("EOVERFLOW", 75), ("ENOTUNIQ", 76), ("EBADFD", 77), ("EREMCHG", 78),
        ("ELIBACC", 79), ("ELIBBAD", 80), ("ELIBSCN", 81), ("ELIBMAX", 82), ("ELIBEXEC", 83), ("EILSEQ", 84),
        ("ERESTART", 85), ("ESTRPIPE", 86), ("EUSERS", 87), ("ENOTSOCK", 88), ("EDESTADDRREQ", 89), ("EMSGSIZE", 90),
        ("EPROTOTYPE", 91), ("ENOPROTOOPT", 92), ("EPROTONOSUPPORT", 93), ("ESOCKTNOSUPPORT", 94), ("ENOTSUP", 95),
        ("EPFNOSUPPORT", 96), ("EAFNOSUPPORT", 97), ("EADDRINUSE", 98), ("EADDRNOTAVAIL", 99), ("ENETDOWN", 100),
        ("ENETUNREACH", 101), ("ENETRESET", 102), ("ECONNABORTED", 103), ("ECONNRESET", 104), ("ENOBUFS", 105),
        ("EISCONN", 106), ("ENOTCONN", 107), ("ESHUTDOWN", 108), ("ETOOMANYREFS", 109), ("ETIMEDOUT", 110),
        ("ECONNREFUSED", 111), ("EHOSTDOWN", 112), ("EHOSTUNREACH", 113), ("EALREADY", 114), ("EINPROGRESS", 115),
        ("ESTALE", 116), ("EUCLEAN", 117), ("ENOTNAM", 118), ("ENAVAIL", 119), ("EISNAM", 120), ("EREMOTEIO", 121),
        ("EDQUOT", 122), ("ENOMEDIUM", 123), ("EMEDIUMTYPE", 124), ("ECANCELED", 125), ("ENOKEY", 126),
        ("EKEYEXPIRED", 127), ("EKEYREVOKED", 128), ("EKEYREJECTED", 129), ("EOWNERDEAD", 130),
        ("ENOTRECOVERABLE", 131), ("ERFKILL", 132),
    ];

    internal static readonly (string Name, long Value)[] Stat =
    [
        ("SF_APPEND", 262144), ("SF_ARCHIVED", 65536), ("SF_IMMUTABLE", 131072), ("SF_NOUNLINK", 1048576),
        ("SF_SNAPSHOT", 2097152), ("ST_ATIME", 7), ("ST_CTIME", 9), ("ST_DEV", 2), ("ST_GID", 5), ("ST_INO", 1),
        ("ST_MODE", 0), ("ST_MTIME", 8), ("ST_NLINK", 3), ("ST_SIZE", 6), ("ST_UID", 4), ("S_ENFMT", 1024),
        ("S_IEXEC", 64), ("S_IFBLK", 24576), ("S_IFCHR", 8192), ("S_IFDIR", 16384), ("S_IFDOOR", 0),
        ("S_IFIFO", 4096), ("S_IFLNK", 40960), ("S_IFPORT", 0), ("S_IFREG", 32768), ("S_IFSOCK", 49152),
        ("S_IFWHT", 0), ("S_IREAD", 256), ("S_IRGRP", 32), ("S_IROTH", 4), ("S_IRUSR", 256), ("S_IRWXG", 56),
        ("S_IRWXO", 7), ("S_IRWXU", 448), ("S_ISGID", 1024), ("S_ISUID", 2048), ("S_ISVTX", 512), ("S_IWGRP", 16),
        ("S_IWOTH", 2), ("S_IWRITE", 128), ("S_IWUSR", 128), ("S_IXGRP", 8), ("S_IXOTH", 1), ("S_IXUSR", 64),
        ("UF_APPEND", 4), ("UF_COMPRESSED", 32), ("UF_HIDDEN", 32768), ("UF_IMMUTABLE", 2), ("UF_NODUMP", 1),
        ("UF_NOUNLINK", 16), ("UF_OPAQUE", 8),
    ];

    internal static readonly (string Name, long Value)[] Signal =
    [
        ("ITIMER_PROF", 2), ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("NSIG", 65), ("SIGABRT", 6), ("SIGALRM", 14),
        ("SIGBUS", 7), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18), ("SIGFPE", 8), ("SIGHUP", 1), ("SIGILL", 4),
        ("SIGINT", 2), ("SIGIO", 29), ("SIGIOT", 6), ("SIGKILL", 9), ("SIGPIPE", 13), ("SIGPOLL", 29),
        ("SIGPROF", 27), ("SIGPWR", 30), ("SIGQUIT", 3), ("SIGRTMAX", 64), ("SIGRTMIN", 34), ("SIGSEGV", 11),
        ("SIGSTKFLT", 16), ("SIGSTOP", 19), ("SIGSYS", 31), ("SIGTERM", 15), ("SIGTRAP", 5), ("SIGTSTP", 20),
        ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGUSR1", 10), ("SIGUSR2", 12), ("SIGVTALRM", 26),
        ("SIGWINCH", 28), ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIG_BLOCK", 0), ("SIG_DFL", 0), ("SIG_IGN", 1),
        ("SIG_SETMASK", 2), ("SIG_UNBLOCK", 1),
    ];

    internal static readonly (string Name, long Value)[] Locale =
    [
        ("ABDAY_1", 131072), ("ABDAY_2", 131073), ("ABDAY_3", 131074), ("ABDAY_4", 131075), ("ABDAY_5", 131076),
        ("ABDAY_6", 131077), ("ABDAY_7", 131078), ("ABMON_1", 131086), ("ABMON_10", 131095), ("ABMON_11", 131096),
        ("ABMON_12", 131097), ("ABMON_2", 131087), ("ABMON_3", 131088), ("ABMON_4", 131089), ("ABMON_5", 131090),
        ("ABMON_6", 131091), ("ABMON_7", 131092), ("ABMON_8", 131093), ("ABMON_9", 131094), ("ALT_DIGITS", 131119),
        ("AM_STR", 131110), ("CHAR_MAX", 127), ("CODESET", 14), ("CRNCYSTR", 262159), ("DAY_1", 131079),
        ("DAY_2", 131080), ("DAY_3", 131081), ("DAY_4", 131082), ("DAY_5", 131083), ("DAY_6", 131084),
        ("DAY_7", 131085), ("D_FMT", 131113), ("D_T_FMT", 131112), ("ERA", 131116), ("ERA_D_FMT", 131118),
        ("ERA_D_T_FMT", 131120), ("ERA_T_FMT", 131121), ("LC_ALL", 6), ("LC_COLLATE", 3), ("LC_CTYPE", 0),
        ("LC_MESSAGES", 5), ("LC_MONETARY", 4), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("MON_1", 131098),
        ("MON_10", 131107), ("MON_11", 131108), ("MON_12", 131109), ("MON_2", 131099), ("MON_3", 131100),
        ("MON_4", 131101), ("MON_5", 131102), ("MON_6", 131103), ("MON_7", 131104), ("MON_8", 131105),
        ("MON_9", 131106), ("NOEXPR", 327681), ("PM_STR", 131111), ("RADIXCHAR", 65536), ("THOUSEP", 65537),
        ("T_FMT", 131114), ("T_FMT_AMPM", 131115), ("YESEXPR", 327680),
    ];

    internal static readonly (string Name, long Value)[] SysconfNames =
    [
        ("SC_2_CHAR_TERM", 95), ("SC_2_C_BIND", 47), ("SC_2_C_DEV", 48), ("SC_2_C_VERSION", 96),
        ("SC_2_FORT_DEV", 49), ("SC_2_FORT_RUN", 50), ("SC_2_LOCALEDEF", 52), ("SC_2_SW_DEV", 51), ("SC_2_UPE", 97),
        ("SC_2_VERSION", 46), ("SC_AIO_LISTIO_MAX", 23), ("SC_AIO_MAX", 24), ("SC_AIO_PRIO_DELTA_MAX", 25),
        ("SC_ARG_MAX", 0), ("SC_ASYNCHRONOUS_IO", 12), ("SC_ATEXIT_MAX", 87), ("SC_AVPHYS_PAGES", 86),
        ("SC_BC_BASE_MAX", 36), ("SC_BC_DIM_MAX", 37), ("SC_BC_SCALE_MAX", 38), ("SC_BC_STRING_MAX", 39),
        ("SC_CHARCLASS_NAME_MAX", 45), ("SC_CHAR_BIT", 101), ("SC_CHAR_MAX", 102), ("SC_CHAR_MIN", 103),
        ("SC_CHILD_MAX", 1), ("SC_CLK_TCK", 2), ("SC_COLL_WEIGHTS_MAX", 40), ("SC_DELAYTIMER_MAX", 26),
        ("SC_EQUIV_CLASS_MAX", 41), ("SC_EXPR_NEST_MAX", 42), ("SC_FSYNC", 15), ("SC_GETGR_R_SIZE_MAX", 69),
        ("SC_GETPW_R_SIZE_MAX", 70), ("SC_INT_MAX", 104), ("SC_INT_MIN", 105), ("SC_IOV_MAX", 60),
        ("SC_JOB_CONTROL", 7), ("SC_LINE_MAX", 43), ("SC_LOGIN_NAME_MAX", 71), ("SC_LONG_BIT", 106),
        ("SC_MAPPED_FILES", 16), ("SC_MB_LEN_MAX", 108), ("SC_MEMLOCK", 17), ("SC_MEMLOCK_RANGE", 18),
        ("SC_MEMORY_PROTECTION", 19), ("SC_MESSAGE_PASSING", 20), ("SC_MINSIGSTKSZ", 249), ("SC_MQ_OPEN_MAX", 27),
        ("SC_MQ_PRIO_MAX", 28), ("SC_NGROUPS_MAX", 3), ("SC_NL_ARGMAX", 119), ("SC_NL_LANGMAX", 120),
        ("SC_NL_MSGMAX", 121), ("SC_NL_NMAX", 122), ("SC_NL_SETMAX", 123), ("SC_NL_TEXTMAX", 124),
        ("SC_NPROCESSORS_CONF", 83), ("SC_NPROCESSORS_ONLN", 84), ("SC_NZERO", 109), ("SC_OPEN_MAX", 4),
        ("SC_PAGESIZE", 30), ("SC_PAGE_SIZE", 30), ("SC_PASS_MAX", 88), ("SC_PHYS_PAGES", 85), ("SC_PII", 53),
        ("SC_PII_INTERNET", 56), ("SC_PII_INTERNET_DGRAM", 62), ("SC_PII_INTERNET_STREAM", 61), ("SC_PII_OSI", 57),
        ("SC_PII_OSI_CLTS", 64), ("SC_PII_OSI_COTS", 63), ("SC_PII_OSI_M", 65), ("SC_PII_SOCKET", 55),
        ("SC_PII_XTI", 54), ("SC_POLL", 58), ("SC_PRIORITIZED_IO", 13), ("SC_PRIORITY_SCHEDULING", 10),
        ("SC_REALTIME_SIGNALS", 9), ("SC_RE_DUP_MAX", 44), ("SC_RTSIG_MAX", 31), ("SC_SAVED_IDS", 8),
        ("SC_SCHAR_MAX", 111), ("SC_SCHAR_MIN", 112), ("SC_SELECT", 59), ("SC_SEMAPHORES", 21),
        ("SC_SEM_NSEMS_MAX", 32), ("SC_SEM_VALUE_MAX", 33), ("SC_SHARED_MEMORY_OBJECTS", 22), ("SC_SHRT_MAX", 113),
        ("SC_SHRT_MIN", 114), ("SC_SIGQUEUE_MAX", 34), ("SC_SSIZE_MAX", 110), ("SC_STREAM_MAX", 5),
        ("SC_SYNCHRONIZED_IO", 14), ("SC_THREADS", 67), ("SC_THREAD_ATTR_STACKADDR", 77),
        ("SC_THREAD_ATTR_STACKSIZE", 78), ("SC_THREAD_DESTRUCTOR_ITERATIONS", 73), ("SC_THREAD_KEYS_MAX", 74),
        ("SC_THREAD_PRIORITY_SCHEDULING", 79), ("SC_THREAD_PRIO_INHERIT", 80), ("SC_THREAD_PRIO_PROTECT", 81),
        ("SC_THREAD_PROCESS_SHARED", 82), ("SC_THREAD_SAFE_FUNCTIONS", 68), ("SC_THREAD_STACK_MIN", 75),
        ("SC_THREAD_THREADS_MAX", 76), ("SC_TIMERS", 11), ("SC_TIMER_MAX", 35), ("SC_TTY_NAME_MAX", 72),
        ("SC_TZNAME_MAX", 6), ("SC_T_IOV_MAX", 66), ("SC_UCHAR_MAX", 115), ("SC_UINT_MAX", 116),
        ("SC_UIO_MAXIOV", 60), ("SC_ULONG_MAX", 117), ("SC_USHRT_MAX", 118), ("SC_VERSION", 29), ("SC_WORD_BIT", 107),
        ("SC_XBS5_ILP32_OFF32", 125), ("SC_XBS5_ILP32_OFFBIG", 126), ("SC_XBS5_LP64_OFF64", 127),
        ("SC_XBS5_LPBIG_OFFBIG", 128), ("SC_XOPEN_CRYPT", 92), ("SC_XOPEN_ENH_I18N", 93), ("SC_XOPEN_LEGACY", 129),
        ("SC_XOPEN_REALTIME", 130), ("SC_XOPEN_REALTIME_THREADS", 131), ("SC_XOPEN_SHM", 94), ("SC_XOPEN_UNIX", 91),
        ("SC_XOPEN_VERSION", 89), ("SC_XOPEN_XCU_VERSION", 90), ("SC_XOPEN_XPG2", 98), ("SC_XOPEN_XPG3", 99),
        ("SC_XOPEN_XPG4", 100),
    ];

    internal static readonly (string Name, long Value)[] ConfstrNames =
    [
        ("CS_GNU_LIBC_VERSION", 2), ("CS_GNU_LIBPTHREAD_VERSION", 3), ("CS_LFS64_CFLAGS", 1004),
        ("CS_LFS64_LDFLAGS", 1005), ("CS_LFS64_LIBS", 1006), ("CS_LFS64_LINTFLAGS", 1007), ("CS_LFS_CFLAGS", 1000),
        ("CS_LFS_LDFLAGS", 1001), ("CS_LFS_LIBS", 1002), ("CS_LFS_LINTFLAGS", 1003), ("CS_PATH", 0),
        ("CS_XBS5_ILP32_OFF32_CFLAGS", 1100), ("CS_XBS5_ILP32_OFF32_LDFLAGS", 1101),
        ("CS_XBS5_ILP32_OFF32_LIBS", 1102), ("CS_XBS5_ILP32_OFF32_LINTFLAGS", 1103),
        ("CS_XBS5_ILP32_OFFBIG_CFLAGS", 1104), ("CS_XBS5_ILP32_OFFBIG_LDFLAGS", 1105),
        ("CS_XBS5_ILP32_OFFBIG_LIBS", 1106), ("CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 1107),
        ("CS_XBS5_LP64_OFF64_CFLAGS", 1108), ("CS_XBS5_LP64_OFF64_LDFLAGS", 1109), ("CS_XBS5_LP64_OFF64_LIBS", 1110),
        ("CS_XBS5_LP64_OFF64_LINTFLAGS", 1111), ("CS_XBS5_LPBIG_OFFBIG_CFLAGS", 1112),
        ("CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 1113), ("CS_XBS5_LPBIG_OFFBIG_LIBS", 1114),
        ("CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 1115),
    ];

    internal static readonly (string Name, long Value)[] PathconfNames =
    [
        ("PC_ALLOC_SIZE_MIN", 18), ("PC_ASYNC_IO", 10), ("PC_CHOWN_RESTRICTED", 6), ("PC_FILESIZEBITS", 13),
        ("PC_LINK_MAX", 0), ("PC_MAX_CANON", 1), ("PC_MAX_INPUT", 2), ("PC_NAME_MAX", 3), ("PC_NO_TRUNC", 7),
        ("PC_PATH_MAX", 4), ("PC_PIPE_BUF", 5), ("PC_PRIO_IO", 11), ("PC_REC_INCR_XFER_SIZE", 14),
        ("PC_REC_MAX_XFER_SIZE", 15), ("PC_REC_MIN_XFER_SIZE", 16), ("PC_REC_XFER_ALIGN", 17), ("PC_SOCK_MAXBUF", 12),
        ("PC_SYMLINK_MAX", 19), ("PC_SYNC_IO", 9), ("PC_VDISABLE", 8),
    ];

}
