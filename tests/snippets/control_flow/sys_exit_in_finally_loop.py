import sys

def worker():
    for i in range(5):
        try:
            print("step", i)
            if i == 2:
                sys.exit(3)
        finally:
            print("cleanup", i)

try:
    worker()
finally:
    print("module cleanup")
print("never printed")
