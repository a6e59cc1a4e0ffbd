# End-to-end parity: text -> our CLI trace vs the Hugging Face references (ids and every attention weight).
# Run from the repo root after `mvn -B -DskipTests package`:  python3 src/bench/parity_check.py
import json,subprocess,sys
F='src/test/resources/fixtures/hf/'
def run(*a):
    return json.loads(subprocess.run(['java','-jar','target/attention-studio.jar',*a],capture_output=True,text=True,check=True).stdout)
def err(a,b):
    m=0
    for l1,l2 in zip(a,b):
        for h1,h2 in zip(l1,l2):
            for r1,r2 in zip(h1,h2):
                assert len(r1)==len(r2)
                for x,y in zip(r1,r2): m=max(m,abs(x-y))
    return m
for model in ['gpt2-tiny','bert-tiny']:
    ref=json.load(open(F+model+'/reference.json'))
    worst=0; idok=True
    for p in ref['probes']:
        o=run('trace','--model',F+model,'--text',p['text'])
        idok &= o['ids']==p['ids']
        worst=max(worst,err(o['attentions'],p['attentions']))
    print(model,'probes',len(ref['probes']),'ids equal',idok,'max |attn diff|',worst)
ref=json.load(open(F+'bart-tiny/reference.json'))
w=[0,0,0]; idok=True
for p in ref['probes']:
    o=run('trace','--model',F+'bart-tiny','--text',p['source'],'--target',p['target'])
    idok &= o['source_ids']==p['source_ids'] and o['decoder_ids']==p['decoder_ids']
    for i,k in enumerate(['encoder_attentions','decoder_attentions','cross_attentions']): w[i]=max(w[i],err(o[k],p[k]))
print('bart-tiny probes',len(ref['probes']),'ids equal',idok,'max |attn diff| enc/dec/cross',w)
