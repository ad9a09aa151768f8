# the __name__ == "__main__" guard: true for the script, false for imported modules
import _guarded

def main():
    print("main() of the script, __name__ =", __name__)
    print("the helper says:", _guarded.report())

if __name__ == "__main__":
    main()
print(__file__.endswith("main_guard.py"), __spec__, __package__)
