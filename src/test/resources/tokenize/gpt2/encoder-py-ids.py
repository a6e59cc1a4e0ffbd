# Makes encoder-py-ids.json: ids from the algorithm of OpenAI's GPT-2 encoder.py (bytes_to_unicode, the
# word regex run by the Python `regex` module, bpe() merging by rank), a second reference beside
# reference-ids.json for strings that probe the regex: ZWJ emoji, combining marks, Unicode whitespace,
# letters beyond the BMP. Usage: python3 encoder-py-ids.py texts.json encoder-py-ids.json
# (texts.json: a JSON list of strings; run from this folder).
import json, regex, sys
def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~")+1))+list(range(ord("¡"), ord("¬")+1))+list(range(ord("®"), ord("ÿ")+1))
    cs = bs[:]; n = 0
    for b in range(256):
        if b not in bs: bs.append(b); cs.append(256+n); n += 1
    return dict(zip(bs, [chr(c) for c in cs]))
D=''
enc=json.load(open(D+'vocab.json'))
merges=[tuple(l.split()) for l in open(D+'merges.txt',encoding='utf-8').read().split('\n')[1:-1]]
ranks=dict(zip(merges,range(len(merges))))
b2u=bytes_to_unicode()
pat=regex.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")
def bpe(token):
    word=tuple(token)
    pairs=lambda w:set(zip(w,w[1:]))
    while len(word)>1:
        bigram=min(pairs(word), key=lambda p: ranks.get(p,float('inf')))
        if bigram not in ranks: break
        first,second=bigram; new=[]; i=0
        while i<len(word):
            try: j=word.index(first,i); new.extend(word[i:j]); i=j
            except ValueError: new.extend(word[i:]); break
            if word[i]==first and i<len(word)-1 and word[i+1]==second: new.append(first+second); i+=2
            else: new.append(word[i]); i+=1
        word=tuple(new)
    return word
def encode(text):
    ids=[]
    for t in regex.findall(pat,text):
        t=''.join(b2u[b] for b in t.encode('utf-8'))
        ids.extend(enc[x] for x in bpe(t))
    return ids
texts=json.load(open(sys.argv[1]))
json.dump([{"text":t,"ids":encode(t)} for t in texts], open(sys.argv[2],'w'), ensure_ascii=False, indent=0)
