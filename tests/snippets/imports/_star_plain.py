import sys as _sys_private
import sys
public_value = 1
_private_value = 2
def public_func():
    return "public"
class PublicClass:
    pass
