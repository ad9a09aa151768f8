using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>The grp module: the group database through getgrnam_r/getgrgid_r/getgrent.</summary>
public static class GrpModule
{
    private static PyType? s_group;

    internal static PyType GroupType => s_group ??= PyStructSeqEx.NewType("grp.struct_group",
        ["gr_name", "gr_passwd", "gr_gid", "gr_mem"], 4,
        "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n");

    public static PyModule Create()
    {
        var m = new PyModule("grp", "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)");
        m.Add("struct_group", GroupType);
        m.AddFunction("getgrgid", (self, args, kw) =>
        {
            var a = PosixModule.Bind("getgrgid", args, kw, ["id"], 0, 1, 1);
            var i = Ops.Index(a[0]!);
            if (i.IsBig || i.Small < -1 || i.Small > uint.MaxValue) throw PyErr.KeyError(new PyStr($"getgrgid(): gid not found: {i.ToDecimalString()}"));
            uint gid = i.Small == -1 ? uint.MaxValue : (uint)i.Small;
            var e = Lookup((grp, buf, len) => { int r = Libc.GetGrGidR(gid, grp, buf, len, out nint res); return (r, res); });
            return e ?? throw PyErr.KeyError(new PyStr($"getgrgid(): gid not found: {i.ToDecimalString()}"));
        });
        m.AddFunction("getgrnam", (self, args, kw) =>
        {
            var a = PosixModule.Bind("getgrnam", args, kw, ["name"], 0, 1, 1);
            if (a[0] is not PyStr s) throw PyErr.TypeError($"getgrnam() argument 'name' must be str, not {a[0]!.Type.Name}");
            var name = PathArg.Encode(s);
            if (name.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError("embedded null byte");
            var z = Libc.Z(name);
            var e = Lookup((grp, buf, len) => { int r = Libc.GetGrNamR(z, grp, buf, len, out nint res); return (r, res); });
            return e ?? throw PyErr.KeyError(new PyStr($"getgrnam(): name not found: {Ops.Repr(s).Value}"));
        });
        m.AddFunction("getgrall", (self, args, kw) =>
        {
            ArgBinder.None("getgrall", args, kw);
            var list = new PyList();
            Libc.SetGrEnt();
            try
            {
                nint p;
                while ((p = Libc.GetGrEnt()) != 0) list.Append(FromStruct(p));
            }
            finally { Libc.EndGrEnt(); }
            return list;
        });
        return m;
    }

    private static PyObject? Lookup(Func<byte[], byte[], nint, (int R, nint Res)> call)
    {
        var grp = new byte[32];
        int size = 1024;
        while (true)
        {
            var buf = new byte[size];
            var h = GCHandle.Alloc(grp, GCHandleType.Pinned);
            var hb = GCHandle.Alloc(buf, GCHandleType.Pinned);
            try
            {
                var (r, res) = call(grp, buf, size);
                if (r == 34 /* ERANGE */ && size < (1 << 20)) { size *= 2; continue; }
                if (res == 0) return null;
                return FromStruct(h.AddrOfPinnedObject());
            }
            finally { h.Free(); hb.Free(); }
        }
    }

    /// <summary>A struct group (x86-64: name, passwd, gid, members) as a struct_group.</summary>
    private static PyObject FromStruct(nint p)
    {
        PyObject S(nint s) => PathArg.Decode(Libc.CBytes(s));
        var mem = new PyList();
        nint members = Marshal.ReadIntPtr(p, 24);
        for (int i = 0; members != 0; i++)
        {
            nint s = Marshal.ReadIntPtr(members, i * 8);
            if (s == 0) break;
            mem.Append(S(s));
        }
        return PyStructSeqEx.Create(GroupType, 4,
            [S(Marshal.ReadIntPtr(p, 0)), S(Marshal.ReadIntPtr(p, 8)), PyInt.FromLong((uint)Marshal.ReadInt32(p, 16)), mem]);
    }
}
