# timeouts: run, communicate and wait raise TimeoutExpired; the child can be reaped afterwards
import subprocess

try:
    subprocess.run(["sleep", "10"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output, e.stdout)
p = subprocess.Popen(["sh", "-c", "echo started; exec sleep 10"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("communicate timed out")
p.kill()
out, _ = p.communicate()
print(out, p.returncode)
p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(str(e).startswith("Command '['sleep', '10']' timed out after"))
p.kill()
print(p.wait())
print(subprocess.run(["echo", "fast"], capture_output=True, timeout=10).stdout)
try:
    subprocess.check_output(["sh", "-c", "echo some; exec sleep 10"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("check_output timed out")
