# Minimal Markdown -> Typst for the bench workloads (headings, paragraphs, bullet lists, quotes, pipe tables,
# emphasis, escapes), with the default theme's page, sizes and leading, for typst-compare.sh.
import re,sys
def esc(t):
    out=[];i=0
    while i<len(t):
        c=t[i]
        if c=='\\' and i+1<len(t) and not t[i+1].isalnum(): out.append('\\'+t[i+1]); i+=2; continue
        if c in '\\#$*_`<>@[]~/': out.append('\\'+c)
        else: out.append(c)
        i+=1
    return ''.join(out)
def inline(t):
    parts=re.split(r'(\*\*[^*]+\*\*|\*[^*]+\*)',t)
    r=[]
    for p in parts:
        if p.startswith('**') and p.endswith('**') and len(p)>4: r.append('#strong['+esc(p[2:-2])+']')
        elif p.startswith('*') and p.endswith('*') and len(p)>2: r.append('#emph['+esc(p[1:-1])+']')
        else: r.append(esc(p))
    return ''.join(r)
lines=open(sys.argv[1]).read().split('\n')
o=['#set page(paper: "a4", margin: 22mm)','#set text(font: "Noto Serif", size: 10.5pt, lang: "en")','#set text(top-edge: 1em, bottom-edge: "baseline")','#set par(justify: true, leading: 3.5pt, spacing: 9.5pt)','#set list(marker: [•], spacing: 9.5pt)','#show heading: set block(above: 14pt, below: 7.5pt)','#set page(footer: context align(center, text(size: 8pt, counter(page).display())))','#show heading: set text(font: "Noto Sans")','#set heading(numbering: none)','#show heading.where(level: 1): set text(size: 15pt)','#show heading.where(level: 2): set text(size: 13pt)','#show heading.where(level: 3): set text(size: 11.5pt)','']
i=0
while i<len(lines):
    l=lines[i]
    if m:=re.match(r'^(#+) (.*)',l): o.append('='*len(m.group(1))+' '+inline(m.group(2).strip())); i+=1; continue
    if l.startswith('|'):
        rows=[]
        while i<len(lines) and lines[i].startswith('|'):
            cells=[c.strip() for c in lines[i].strip().strip('|').split('|')]
            if not all(re.fullmatch(r':?-+:?',c) for c in cells): rows.append(cells)
            i+=1
        n=len(rows[0])
        o.append('#block[#set text(size: 9pt)\n#table(columns: '+str(n)+', stroke: none, table.header('+', '.join('['+inline(c)+']' for c in rows[0])+'),')
        for r in rows[1:]: o.append('  '+', '.join('['+inline(c)+']' for c in r)+',')
        o.append(')]'); continue
    if l.startswith('- '): o.append('- '+inline(l[2:])); i+=1; continue
    if l.startswith('> '):
        q=[]
        while i<len(lines) and lines[i].startswith('>'): q.append(lines[i][1:].strip()); i+=1
        o.append('#quote(block: true)['+inline(' '.join(q))+']'); continue
    o.append(inline(l)); i+=1
open(sys.argv[2],'w').write('\n'.join(o)+'\n')
