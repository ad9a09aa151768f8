# Popen: pid, poll/wait/returncode, context manager, kill/terminate, signals in returncode
import signal
import subprocess

p = subprocess.Popen(["sh", "-c", "exit 9"])
print(p.wait(), p.returncode, p.poll())
print(p.args, isinstance(p.pid, int) and p.pid > 0)
p = subprocess.Popen(["sleep", "30"])
print(p.poll())
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)
p = subprocess.Popen(["sleep", "30"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGINT)
print(p.wait())
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("line one\n")
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()
