# A module's bytecode cache is written by one run and read by the next (the .pyc file is read whole from its
# descriptor); a stale cache, or a folder in its place, is not used: the source is compiled again. Under a folder
# whose name is not ASCII. (The runs use -S: site's imports would only make them slower.)
import os
import subprocess
import sys
import tempfile

tag = sys.implementation.cache_tag
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "d\u00efr \u00e9t\u00e9")
    os.mkdir(src)
    mod = os.path.join(src, "mod.py")
    cache = os.path.join(src, "__pycache__", "mod." + tag + ".pyc")

    def write(value):
        with open(mod, "w") as f:
            f.write("VALUE = %r\nBIG = 'x' * 40 + %r\n" % (value, value))

    def run():
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        r = subprocess.run([sys.executable, "-S", "-c", "import mod; print(mod.VALUE, len(mod.BIG))"], cwd=src, env=env,
                           capture_output=True, text=True)
        print(r.returncode, r.stdout.strip(), r.stderr.strip()[-200:], os.path.isfile(cache))

    write("first")
    run()
    run()
    # A new source of another size: the header's size no longer matches.
    write("second value")
    run()
    os.remove(cache)
    os.mkdir(cache)
    run()
