# After an uncaught exception the traceback is printed, then the live objects are finalized.
class C:
    def __del__(self):
        print('finalized')


keep = C()
print('before')
raise KeyError('k')
