# start_new_session and process_group put the child in its own session / process group
import os
import subprocess
import sys

code = "import os; print(os.getsid(0) == os.getpid(), os.getpgrp() == os.getpid())"
print(subprocess.run([sys.executable, "-c", code], start_new_session=True, capture_output=True, text=True).stdout)
print(subprocess.run([sys.executable, "-c", code], process_group=0, capture_output=True, text=True).stdout)
out = subprocess.run([sys.executable, "-c", "import os; print(os.getpgrp())"], capture_output=True, text=True).stdout
print(int(out) == os.getpgrp())
print(subprocess.run(["sh", "-c", "umask"], umask=0o027, capture_output=True, text=True).stdout)
