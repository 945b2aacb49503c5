import mmap
n = 1536
m = mmap.mmap(-1, n << 20)
chunk = b'\1' * (1 << 20)
for i in range(n): m.write(chunk)
m.close()
