# sys.exit() and sys.exit(None) and sys.exit(0) all mean success
import sys
for arg in [(), (None,), (0,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
sys.exit(None)
