# env=, cwd= (str, bytes, PathLike) and os.environ changes seen by children
import os
import pathlib
import subprocess

print(subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "1", "BAR": "two"}, capture_output=True, text=True).stdout)
print(subprocess.run(["env"], env={"ONLY": "this"}, capture_output=True, text=True).stdout)
os.environ["KRAIT_SNIPPET_VAR"] = "set by parent"
print(subprocess.run(["sh", "-c", "echo $KRAIT_SNIPPET_VAR"], capture_output=True, text=True).stdout)
del os.environ["KRAIT_SNIPPET_VAR"]
print(subprocess.run(["sh", "-c", "echo [$KRAIT_SNIPPET_VAR]"], capture_output=True, text=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd=b"/usr", capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd=pathlib.Path("/usr/lib"), capture_output=True).stdout)
print(subprocess.run(["ls", "-d", "../snippets"], capture_output=True, text=True).stdout)
print(subprocess.run(["./env_cwd.py"], cwd=".", capture_output=True).returncode != 0)
print(subprocess.run([pathlib.Path("/bin/echo"), b"bytes-arg", pathlib.Path("path-arg")], capture_output=True).stdout)
