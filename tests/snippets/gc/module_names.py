# The gc module's public names, its constants and its two lists.
import gc

print([n for n in dir(gc) if not n.startswith('__')])
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(type(gc.callbacks), gc.callbacks, type(gc.garbage), gc.garbage)
print(gc.__name__, type(gc.collect).__name__)
import sys
print('gc' in sys.builtin_module_names, '_weakref' in sys.builtin_module_names)
print(gc.__spec__.origin, gc.__loader__.__name__)
