# Errors in __enter__ / __exit__ and an __exit__ that raises while another exception is active.
class Resource:
    def __init__(self, fail_enter=False, fail_exit=False):
        self.fail_enter, self.fail_exit = fail_enter, fail_exit
    def __enter__(self):
        if self.fail_enter:
            raise OSError("cannot open")
        return self
    def __exit__(self, *exc):
        if self.fail_exit:
            raise RuntimeError("cannot close")
        return False

import sys
for r in (Resource(fail_enter=True), Resource(fail_exit=True)):
    try:
        with r:
            pass
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
with Resource(fail_exit=True):
    {}["inside"]
