def close(resource):
    raise OSError(f"cannot close {resource}")

def use():
    try:
        raise ValueError("work failed")
    finally:
        close("db")

use()
