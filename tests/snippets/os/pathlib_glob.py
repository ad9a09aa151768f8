import os, pathlib, glob, fnmatch
d = pathlib.Path("_tmp_pathlib")
(d / "pkg" / "sub").mkdir(parents=True)
(d / "pkg" / "m.py").write_text("x = 1\n")
(d / "pkg" / "sub" / "n.py").write_text("y = 2\n")
(d / "notes.txt").write_bytes(b"n")
try:
    print(sorted(p.as_posix() for p in d.rglob("*.py")))
    print(sorted(p.name for p in d.iterdir()), (d / "pkg").is_dir(), (d / "notes.txt").is_file())
    print(sorted(glob.glob(str(d) + "/**/*.py", recursive=True)))
    print(sorted(glob.glob(str(d) + "/*")), glob.glob(str(d) + "/nothing*"))
    print(sorted(glob.iglob("*.py", root_dir=str(d / "pkg"))))
    print(fnmatch.fnmatch("m.py", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.PY"], "*.py"))
    p = d / "pkg" / "m.py"
    print(p.read_text(), p.stat().st_size, p.suffix, p.stem, p.parent.name, p.exists())
    print(p.with_suffix(".txt").name, p.relative_to(d).as_posix(), p.resolve() == p.absolute())
    p.rename(d / "pkg" / "renamed.py")
    print(sorted(x.name for x in (d / "pkg").iterdir()))
finally:
    for root, dirs, files in os.walk(d, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for x in dirs:
            os.rmdir(os.path.join(root, x))
    d.rmdir()
print(d.exists())
