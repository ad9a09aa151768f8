# import statements bind names in the current scope like assignments
def local_import():
    import _mod_simple
    from _pkg_basic import sub
    return sorted(locals())

print(local_import())
print("_mod_simple" in globals())

def global_import():
    global _mod_simple
    import _mod_simple
global_import()
print("_mod_simple" in globals())

class Holder:
    import _pkg_basic.other as other
    from _mod_simple import answer
print(Holder.other.where(), Holder.answer)

def shadow():
    print(sys)
    import sys
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
