using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>libc functions behind select, _socket and fcntl (Linux x86-64 glibc layouts). Socket addresses are
/// passed as raw sockaddr bytes; errno is read with <see cref="Marshal.GetLastPInvokeError"/> right after the call.</summary>
internal static partial class Libc
{
    [StructLayout(LayoutKind.Sequential)]
    internal struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    /// <summary>struct epoll_event is packed on x86-64: 4 bytes of events, 8 of data.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    internal struct EpollEvent
    {
        public uint Events;
        public ulong Data;
    }

    // Readiness.
    [DllImport(C, EntryPoint = "poll", SetLastError = true)] internal static extern int Poll([In, Out] PollFd[] fds, ulong nfds, int timeout);
    [DllImport(C, EntryPoint = "epoll_create1", SetLastError = true)] internal static extern int EpollCreate1(int flags);
    [DllImport(C, EntryPoint = "epoll_ctl", SetLastError = true)] internal static extern int EpollCtl(int epfd, int op, int fd, ref EpollEvent ev);
    [DllImport(C, EntryPoint = "epoll_wait", SetLastError = true)] internal static extern int EpollWait(int epfd, [Out] EpollEvent[] events, int maxevents, int timeout);

    // Sockets.
    [DllImport(C, EntryPoint = "socket", SetLastError = true)] internal static extern int Socket(int domain, int type, int protocol);
    [DllImport(C, EntryPoint = "socketpair", SetLastError = true)] internal static extern int SocketPair(int domain, int type, int protocol, int[] sv);
    [DllImport(C, EntryPoint = "bind", SetLastError = true)] internal static extern int Bind(int fd, byte[] addr, int len);
    [DllImport(C, EntryPoint = "connect", SetLastError = true)] internal static extern int Connect(int fd, byte[] addr, int len);
    [DllImport(C, EntryPoint = "listen", SetLastError = true)] internal static extern int Listen(int fd, int backlog);
    [DllImport(C, EntryPoint = "accept4", SetLastError = true)] internal static extern int Accept4(int fd, byte[] addr, ref int len, int flags);
    [DllImport(C, EntryPoint = "shutdown", SetLastError = true)] internal static extern int Shutdown(int fd, int how);
    [DllImport(C, EntryPoint = "recv", SetLastError = true)] internal static extern nint Recv(int fd, ref byte buf, nint len, int flags);
    [DllImport(C, EntryPoint = "send", SetLastError = true)] internal static extern nint Send(int fd, ref byte buf, nint len, int flags);
    [DllImport(C, EntryPoint = "recvfrom", SetLastError = true)] internal static extern nint RecvFrom(int fd, ref byte buf, nint len, int flags, byte[] addr, ref int addrlen);
    [DllImport(C, EntryPoint = "sendto", SetLastError = true)] internal static extern nint SendTo(int fd, ref byte buf, nint len, int flags, byte[] addr, int addrlen);
    [DllImport(C, EntryPoint = "recvmsg", SetLastError = true)] internal static extern nint RecvMsg(int fd, nint msg, int flags);
    [DllImport(C, EntryPoint = "sendmsg", SetLastError = true)] internal static extern nint SendMsg(int fd, nint msg, int flags);
    [DllImport(C, EntryPoint = "getsockname", SetLastError = true)] internal static extern int GetSockName(int fd, byte[] addr, ref int len);
    [DllImport(C, EntryPoint = "getpeername", SetLastError = true)] internal static extern int GetPeerName(int fd, byte[] addr, ref int len);
    [DllImport(C, EntryPoint = "getsockopt", SetLastError = true)] internal static extern int GetSockOpt(int fd, int level, int name, byte[] val, ref int len);
    [DllImport(C, EntryPoint = "setsockopt", SetLastError = true)] internal static extern int SetSockOpt(int fd, int level, int name, byte[]? val, int len);

    // Names and addresses.
    [DllImport(C, EntryPoint = "getaddrinfo", SetLastError = true)] internal static extern int GetAddrInfo(byte[]? host, byte[]? port, byte[] hints, out nint res);
    [DllImport(C, EntryPoint = "freeaddrinfo")] internal static extern void FreeAddrInfo(nint res);
    [DllImport(C, EntryPoint = "gai_strerror")] internal static extern nint GaiStrError(int code);
    [DllImport(C, EntryPoint = "getnameinfo", SetLastError = true)] internal static extern int GetNameInfo(byte[] addr, int len, byte[] host, int hostlen, byte[] serv, int servlen, int flags);
    [DllImport(C, EntryPoint = "gethostname", SetLastError = true)] internal static extern int GetHostName(byte[] buf, nint len);
    [DllImport(C, EntryPoint = "sethostname", SetLastError = true)] internal static extern int SetHostName(byte[] name, nint len);
    [DllImport(C, EntryPoint = "gethostbyname_r", SetLastError = true)] internal static extern int GetHostByNameR(byte[] name, nint ret, nint buf, nint buflen, out nint result, out int herrno);
    [DllImport(C, EntryPoint = "gethostbyaddr_r", SetLastError = true)] internal static extern int GetHostByAddrR(byte[] addr, int len, int type, nint ret, nint buf, nint buflen, out nint result, out int herrno);
    [DllImport(C, EntryPoint = "hstrerror")] internal static extern nint HStrError(int code);
    [DllImport(C, EntryPoint = "getprotobyname", SetLastError = true)] internal static extern nint GetProtoByName(byte[] name);
    [DllImport(C, EntryPoint = "getservbyname", SetLastError = true)] internal static extern nint GetServByName(byte[] name, byte[]? proto);
    [DllImport(C, EntryPoint = "getservbyport", SetLastError = true)] internal static extern nint GetServByPort(int port, byte[]? proto);
    [DllImport(C, EntryPoint = "inet_pton", SetLastError = true)] internal static extern int InetPton(int af, byte[] src, byte[] dst);
    [DllImport(C, EntryPoint = "inet_aton", SetLastError = true)] internal static extern int InetAton(byte[] src, byte[] dst);
    [DllImport(C, EntryPoint = "if_nametoindex", SetLastError = true)] internal static extern uint IfNameToIndex(byte[] name);
    [DllImport(C, EntryPoint = "if_indextoname", SetLastError = true)] internal static extern nint IfIndexToName(uint index, byte[] name);
    [DllImport(C, EntryPoint = "if_nameindex", SetLastError = true)] internal static extern nint IfNameIndex();
    [DllImport(C, EntryPoint = "if_freenameindex")] internal static extern void IfFreeNameIndex(nint p);

    // fcntl: the long- and pointer-argument forms, flock, lockf.
    [DllImport(C, EntryPoint = "fcntl", SetLastError = true)] internal static extern int FcntlPtr(int fd, int cmd, byte[] arg);
    [DllImport(C, EntryPoint = "ioctl", SetLastError = true)] internal static extern int IoctlInt(int fd, ulong request, nint arg);
    [DllImport(C, EntryPoint = "flock", SetLastError = true)] internal static extern int Flock(int fd, int op);
}

internal static partial class Libc
{
    [DllImport(C, EntryPoint = "inet_ntop", SetLastError = true)] internal static extern nint InetNtop(int af, byte[] src, byte[] dst, int size);
    [DllImport(C, EntryPoint = "getprotobynumber", SetLastError = true)] internal static extern nint GetProtoByNumber(int proto);
}

internal static partial class Libc
{
    /// <summary>fcntl with an integer argument passed as a full register (the argument is variadic).</summary>
    [DllImport(C, EntryPoint = "fcntl", SetLastError = true)] internal static extern int FcntlLong(int fd, int cmd, long arg);
}
