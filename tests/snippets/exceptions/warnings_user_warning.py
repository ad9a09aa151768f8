import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

def risky():
    warnings.warn("something looks off")
    return 2

print(old_api())
print(risky())
print(risky())
warnings.warn("module level", RuntimeWarning)
print("done")
