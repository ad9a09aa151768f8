# sys.exit() still runs the finalizers of the live objects; the exit status is kept.
import sys


class C:
    def __del__(self):
        print('finalized at exit')


keep = C()
print('exiting')
sys.exit(3)
