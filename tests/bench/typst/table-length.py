# typst-compare.sh: length of the large workload's sources table in pages: from the top of its header row ("Title" after the "Sources" heading) to the bottom of its last row ("hiatus"), in page-body heights.
import subprocess,re,sys
f=sys.argv[1]; name=sys.argv[2] if len(sys.argv)>2 else f; top=62.36; bottom=841.89-62.36  # 22 mm margins
n=int(re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',f],capture_output=True,text=True).stdout).group(1))
words=[]
for p in range(1,n+1):
    out=subprocess.run(['pdftotext','-f',str(p),'-l',str(p),'-bbox',f,'-'],capture_output=True,text=True).stdout
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',out):
        words.append((p,float(m.group(2)),float(m.group(4)),m.group(5)))
i=max(k for k,w in enumerate(words) if w[3]=='Sources')
start=next(w for w in words[i+1:] if w[3]=='Title')
end=[w for w in words if w[3]=='hiatus'][-1]
h=bottom-top
length=(end[0]-start[0]) + (end[2]-top)/h - (start[1]-top)/h
print(f"{name}: table from p.{start[0]} y={start[1]:.0f} to p.{end[0]} y={end[2]:.0f}: {length:.2f} page bodies; pages {n}")
