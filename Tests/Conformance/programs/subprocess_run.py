# subprocess.run/check_output/Popen over _posixsubprocess, select and _signal:
# pipes, input, cwd, env, pass_fds, start_new_session, timeouts, errors.
# gc-stress-interval: 50 (imports subprocess and os, whose loading takes minutes when every allocation collects)
import os
import subprocess

print(subprocess.run(['echo', 'hi'], capture_output=True))
print(subprocess.check_output(['sh', '-c', 'echo $FOO; pwd'], cwd='/tmp', env={'FOO': 'bar', 'PATH': os.environ['PATH']}))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'x' * 200000)
print(len(out), p.returncode)
print(subprocess.run('exit 3', shell=True).returncode)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['/nonexistent/program'])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['true'], cwd='/nonexistent')
except FileNotFoundError as e:
    print(e)
r, w = os.pipe()
subprocess.run(['sh', '-c', 'echo passed >&%d' % w], pass_fds=[w])
os.close(w); print(os.read(r, 100))
print(subprocess.run(['sh', '-c', 'exec awk "{print (\$1 == \$6)}" /proc/self/stat'], start_new_session=True, capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'cat; echo err >&2'], input=b'in', capture_output=True))
print(subprocess.run(['sh', '-c', 'echo both; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timeout', e.cmd)
print(subprocess.getoutput('echo getoutput'), subprocess.getstatusoutput('exit 2'))
p = subprocess.Popen(['sleep', '5']); p.terminate(); print(p.wait())
