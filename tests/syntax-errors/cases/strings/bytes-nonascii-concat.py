x = b'a' b'\xff' b'ü'
