import sys, subprocess, json

src = open(sys.argv[2], encoding="utf-8").read().replace('""""', '" """')
g = {}
exec(src, g)
p = subprocess.run([sys.executable, "add.py", sys.argv[1]], input=json.dumps(g["L"]), text=True, capture_output=True)
print(p.stdout, p.stderr)
