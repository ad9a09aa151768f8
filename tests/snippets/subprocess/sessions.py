# start_new_session and process_group put the child in its own session / process group; umask
import subprocess

# The shell's own pid, process group and session from /proc (fields 1, 5 and 6 of stat).
script = 'read pid comm state ppid pgrp sid rest < /proc/self/stat; [ "$sid" = "$pid" ] && echo session-leader || echo same-session; [ "$pgrp" = "$pid" ] && echo group-leader || echo same-group'
print(subprocess.run(["sh", "-c", script], capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", script], start_new_session=True, capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", script], process_group=0, capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "umask"], umask=0o027, capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "umask"], umask=0o002, capture_output=True, text=True).stdout)
