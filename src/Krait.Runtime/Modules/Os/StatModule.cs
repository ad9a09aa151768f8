namespace Krait.Runtime;

/// <summary>The _stat module (Modules/_stat.c): S_IF* constants, the S_IS* tests, S_IMODE/S_IFMT and filemode.</summary>
public static class StatModule
{
    private const int S_IFMT = 0xF000;

    public static PyModule Create()
    {
        var m = new PyModule("_stat", "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n");
        foreach (var (name, value) in PosixConstants.Stat) m.Add(name, PyInt.FromLong(value));
        (string Name, int Kind)[] tests =
        [
            ("S_ISDIR", 0x4000), ("S_ISCHR", 0x2000), ("S_ISBLK", 0x6000), ("S_ISREG", 0x8000), ("S_ISFIFO", 0x1000),
            ("S_ISLNK", 0xA000), ("S_ISSOCK", 0xC000), ("S_ISDOOR", -1), ("S_ISPORT", -1), ("S_ISWHT", -1),
        ];
        foreach (var (name, kind) in tests)
        {
            int k = kind;
            m.AddFunction(name, (self, args, kw) => PyBool.From(k >= 0 && (Mode(ArgBinder.One(name, args, kw)) & S_IFMT) == k));
        }
        m.AddFunction("S_IMODE", (self, args, kw) => PyInt.FromLong(Mode(ArgBinder.One("S_IMODE", args, kw)) & 0xFFF));
        m.AddFunction("S_IFMT", (self, args, kw) => PyInt.FromLong(Mode(ArgBinder.One("S_IFMT", args, kw)) & S_IFMT));
        m.AddFunction("filemode", (self, args, kw) => new PyStr(FileMode(Mode(ArgBinder.One("filemode", args, kw)))));
        return m;
    }

    /// <summary>_PyLong_AsMode_t: an unsigned value that fits mode_t.</summary>
    private static uint Mode(PyObject o)
    {
        if (o is not PyInt && o.Type.Index is null) throw PyErr.TypeError("an integer is required");
        var i = o is PyInt pi ? pi : Ops.Index(o);
        if (i.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
        if (i.IsBig || i.Small > uint.MaxValue) throw PyErr.OverflowError("mode out of range");
        return (uint)i.Small;
    }

    internal static string FileMode(uint mode)
    {
        var c = new char[10];
        c[0] = (mode & S_IFMT) switch
        {
            0x8000 => '-', 0x4000 => 'd', 0xA000 => 'l', 0x2000 => 'c', 0x6000 => 'b', 0x1000 => 'p', 0xC000 => 's', _ => '?',
        };
        c[1] = (mode & 0x100) != 0 ? 'r' : '-';
        c[2] = (mode & 0x80) != 0 ? 'w' : '-';
        c[3] = (mode & 0x40) != 0 ? ((mode & 0x800) != 0 ? 's' : 'x') : ((mode & 0x800) != 0 ? 'S' : '-');
        c[4] = (mode & 0x20) != 0 ? 'r' : '-';
        c[5] = (mode & 0x10) != 0 ? 'w' : '-';
        c[6] = (mode & 0x8) != 0 ? ((mode & 0x400) != 0 ? 's' : 'x') : ((mode & 0x400) != 0 ? 'S' : '-');
        c[7] = (mode & 0x4) != 0 ? 'r' : '-';
        c[8] = (mode & 0x2) != 0 ? 'w' : '-';
        c[9] = (mode & 0x1) != 0 ? ((mode & 0x200) != 0 ? 't' : 'x') : ((mode & 0x200) != 0 ? 'T' : '-');
        return new string(c);
    }
}
