import sys
sys.stdout.buffer.write(bytearray(b'ba\n'))
sys.stdout.buffer.write(memoryview(b'mv\n'))
sys.stdout.flush()
print(eval(bytearray(b'1+2')), eval(memoryview(b'3*3')), exec(bytearray(b'x=5')), compile(memoryview(b'7'), 'f', 'eval').co_filename)
