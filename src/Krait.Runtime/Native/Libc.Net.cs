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
    [LibraryImport(C, EntryPoint = "poll", SetLastError = true)] internal static partial int Poll([In, Out] PollFd[] fds, ulong nfds, int timeout);
    [LibraryImport(C, EntryPoint = "epoll_create1", SetLastError = true)] internal static partial int EpollCreate1(int flags);
    [LibraryImport(C, EntryPoint = "epoll_ctl", SetLastError = true)] internal static partial int EpollCtl(int epfd, int op, int fd, ref EpollEvent ev);
    // The first element by reference (pinned for the call), not an [Out] array: the array marshaller is a framework
    // generic over our struct, JIT-compiled in every process that waits on an epoll (asyncio's event loop).
    [LibraryImport(C, EntryPoint = "epoll_wait", SetLastError = true)] internal static partial int EpollWait(int epfd, ref EpollEvent events, int maxevents, int timeout);

    // Sockets.
    [LibraryImport(C, EntryPoint = "socket", SetLastError = true)] internal static partial int Socket(int domain, int type, int protocol);
    [LibraryImport(C, EntryPoint = "socketpair", SetLastError = true)] internal static partial int SocketPair(int domain, int type, int protocol, int[] sv);
    [LibraryImport(C, EntryPoint = "bind", SetLastError = true)] internal static partial int Bind(int fd, byte[] addr, int len);
    [LibraryImport(C, EntryPoint = "connect", SetLastError = true)] internal static partial int Connect(int fd, byte[] addr, int len);
    [LibraryImport(C, EntryPoint = "listen", SetLastError = true)] internal static partial int Listen(int fd, int backlog);
    [LibraryImport(C, EntryPoint = "accept4", SetLastError = true)] internal static partial int Accept4(int fd, byte[] addr, ref int len, int flags);
    [LibraryImport(C, EntryPoint = "shutdown", SetLastError = true)] internal static partial int Shutdown(int fd, int how);
    [LibraryImport(C, EntryPoint = "recv", SetLastError = true)] internal static partial nint Recv(int fd, ref byte buf, nint len, int flags);
    [LibraryImport(C, EntryPoint = "send", SetLastError = true)] internal static partial nint Send(int fd, ref byte buf, nint len, int flags);
    [LibraryImport(C, EntryPoint = "recvfrom", SetLastError = true)] internal static partial nint RecvFrom(int fd, ref byte buf, nint len, int flags, byte[] addr, ref int addrlen);
    [LibraryImport(C, EntryPoint = "sendto", SetLastError = true)] internal static partial nint SendTo(int fd, ref byte buf, nint len, int flags, byte[] addr, int addrlen);
    [LibraryImport(C, EntryPoint = "recvmsg", SetLastError = true)] internal static partial nint RecvMsg(int fd, nint msg, int flags);
    [LibraryImport(C, EntryPoint = "sendmsg", SetLastError = true)] internal static partial nint SendMsg(int fd, nint msg, int flags);
    [LibraryImport(C, EntryPoint = "getsockname", SetLastError = true)] internal static partial int GetSockName(int fd, byte[] addr, ref int len);
    [LibraryImport(C, EntryPoint = "getpeername", SetLastError = true)] internal static partial int GetPeerName(int fd, byte[] addr, ref int len);
    [LibraryImport(C, EntryPoint = "getsockopt", SetLastError = true)] internal static partial int GetSockOpt(int fd, int level, int name, byte[] val, ref int len);
    [LibraryImport(C, EntryPoint = "setsockopt", SetLastError = true)] internal static partial int SetSockOpt(int fd, int level, int name, byte[]? val, int len);

    // Names and addresses.
    [LibraryImport(C, EntryPoint = "getaddrinfo", SetLastError = true)] internal static partial int GetAddrInfo(byte[]? host, byte[]? port, byte[] hints, out nint res);
    [LibraryImport(C, EntryPoint = "freeaddrinfo")] internal static partial void FreeAddrInfo(nint res);
    [LibraryImport(C, EntryPoint = "gai_strerror")] internal static partial nint GaiStrError(int code);
    [LibraryImport(C, EntryPoint = "getnameinfo", SetLastError = true)] internal static partial int GetNameInfo(byte[] addr, int len, byte[] host, int hostlen, byte[] serv, int servlen, int flags);
    [LibraryImport(C, EntryPoint = "gethostname", SetLastError = true)] internal static partial int GetHostName(byte[] buf, nint len);
    [LibraryImport(C, EntryPoint = "sethostname", SetLastError = true)] internal static partial int SetHostName(byte[] name, nint len);
    [LibraryImport(C, EntryPoint = "gethostbyname_r", SetLastError = true)] internal static partial int GetHostByNameR(byte[] name, nint ret, nint buf, nint buflen, out nint result, out int herrno);
    [LibraryImport(C, EntryPoint = "gethostbyaddr_r", SetLastError = true)] internal static partial int GetHostByAddrR(byte[] addr, int len, int type, nint ret, nint buf, nint buflen, out nint result, out int herrno);
    [LibraryImport(C, EntryPoint = "hstrerror")] internal static partial nint HStrError(int code);
    [LibraryImport(C, EntryPoint = "getprotobyname", SetLastError = true)] internal static partial nint GetProtoByName(byte[] name);
    [LibraryImport(C, EntryPoint = "getservbyname", SetLastError = true)] internal static partial nint GetServByName(byte[] name, byte[]? proto);
    [LibraryImport(C, EntryPoint = "getservbyport", SetLastError = true)] internal static partial nint GetServByPort(int port, byte[]? proto);
    [LibraryImport(C, EntryPoint = "inet_pton", SetLastError = true)] internal static partial int InetPton(int af, byte[] src, byte[] dst);
    [LibraryImport(C, EntryPoint = "inet_aton", SetLastError = true)] internal static partial int InetAton(byte[] src, byte[] dst);
    [LibraryImport(C, EntryPoint = "if_nametoindex", SetLastError = true)] internal static partial uint IfNameToIndex(byte[] name);
    [LibraryImport(C, EntryPoint = "if_indextoname", SetLastError = true)] internal static partial nint IfIndexToName(uint index, byte[] name);
    [LibraryImport(C, EntryPoint = "if_nameindex", SetLastError = true)] internal static partial nint IfNameIndex();
    [LibraryImport(C, EntryPoint = "if_freenameindex")] internal static partial void IfFreeNameIndex(nint p);

    // fcntl: the long- and pointer-argument forms, flock, lockf.
    [LibraryImport(C, EntryPoint = "fcntl", SetLastError = true)] internal static partial int FcntlPtr(int fd, int cmd, byte[] arg);
    [LibraryImport(C, EntryPoint = "ioctl", SetLastError = true)] internal static partial int IoctlInt(int fd, ulong request, nint arg);
    [LibraryImport(C, EntryPoint = "flock", SetLastError = true)] internal static partial int Flock(int fd, int op);
}

internal static partial class Libc
{
    [LibraryImport(C, EntryPoint = "inet_ntop", SetLastError = true)] internal static partial nint InetNtop(int af, byte[] src, byte[] dst, int size);
    [LibraryImport(C, EntryPoint = "getprotobynumber", SetLastError = true)] internal static partial nint GetProtoByNumber(int proto);
}

internal static partial class Libc
{
    /// <summary>fcntl with an integer argument passed as a full register (the argument is variadic).</summary>
    [LibraryImport(C, EntryPoint = "fcntl", SetLastError = true)] internal static partial int FcntlLong(int fd, int cmd, long arg);
}
