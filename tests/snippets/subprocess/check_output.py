# check_output / check_call / call / getoutput / getstatusoutput
import subprocess

print(subprocess.check_output(["printf", "a\\nb\\n"]))
print(subprocess.check_output("echo $((6*7))", shell=True, text=True))
print(subprocess.check_output(["sh", "-c", "echo to-err >&2"], stderr=subprocess.STDOUT))
print(subprocess.call(["sh", "-c", "exit 4"]))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e.stdout)
    print(str(e))
try:
    subprocess.check_call(["sh", "-c", "kill -TERM $$"])
except subprocess.CalledProcessError as e:
    print(e.returncode)
    print(e)
print(subprocess.getoutput("echo hi; echo there"))
print(subprocess.getstatusoutput("echo bye; exit 5"))
