# The path finder tells folders, files and broken links apart with stat (as _path_is_mode_type does); sys.executable
# is the real path of the running binary; os.stat's error carries strerror's text; sys.version has CPython's shape.
import os, re, shutil, sys

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_finder_stat_tmp")
shutil.rmtree(base, ignore_errors=True)
folder = os.path.join(base, "dossier_é")
os.makedirs(os.path.join(folder, "pkg_é"))
os.makedirs(os.path.join(folder, "dirmod.py"))          # a folder named like a module file
os.makedirs(os.path.join(folder, "nsp"))                # a namespace portion
with open(os.path.join(folder, "pkg_é", "__init__.py"), "w", encoding="utf-8") as f: f.write("X = 'pkg'\n")
with open(os.path.join(folder, "modé.py"), "w", encoding="utf-8") as f: f.write("Y = 'mod'\n")
os.makedirs(os.path.join(folder, "initdir"))
os.makedirs(os.path.join(folder, "initdir", "__init__.py"))  # __init__.py that is a folder: a namespace package
os.symlink(os.path.join(folder, "missing-target"), os.path.join(folder, "broken.py"))
sys.path.insert(0, folder)
try:
    import pkg_é, modé, nsp, initdir
    print(pkg_é.X, modé.Y, type(nsp.__path__).__name__, list(nsp.__path__) == [os.path.join(folder, "nsp")])
    print(getattr(initdir, "__file__", None), type(initdir.__path__).__name__)
    for name in ("dirmod", "broken", "absent"):
        try:
            __import__(name)
            print(name, "imported")
        except ImportError as e:
            print(type(e).__name__, e)
finally:
    sys.path.remove(folder)
    shutil.rmtree(base)

print(os.path.isabs(sys.executable), sys.executable == sys._base_executable, os.path.realpath(sys.executable) == sys.executable)
for path in ("no_such_file", "no_such_dir/x"):
    try:
        os.stat(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
print(re.fullmatch(r"\d+\.\d+\.\d+ \([^,]+, [A-Z][a-z][a-z] [ \d]\d \d{4}, \d\d:\d\d:\d\d\) \[.+\]", sys.version) is not None)
