import json, math, glob, collections, jsonschema, sys
import sys
D=sys.argv[1] if len(sys.argv) > 1 else 'data'
subj=json.load(open(f'{D}/places/subjects.json',encoding='utf-8'))
schema=json.load(open(f'{D}/schema/subjects.schema.json',encoding='utf-8'))
jsonschema.Draft202012Validator.check_schema(schema)
errs=list(jsonschema.Draft202012Validator(schema).iter_errors(subj))
print('schema errors:',[e.message for e in errs])
# strictness: an extra property must fail
bad=json.loads(json.dumps(subj)); bad['subjects'][0]['x']=1; bad['source']['y']=1
print('strict rejects extras:', len(list(jsonschema.Draft202012Validator(schema).iter_errors(bad)))>=2)
codes={s['code'] for s in subj['subjects']}
print('subjects',len(subj['subjects']),'unique codes',len(codes),'unique admin1',len({s['geonamesAdmin1'] for s in subj['subjects']}))
assert not codes & {'RU-CR','RU-SEV','UA-43','UA-40'}
lines=open(f'{D}/places/places.tsv',encoding='utf-8').read().split('\n')
assert lines[-1]=='' ; lines=lines[:-1]
assert lines[0]=='geonameid\tname\tname_ru\tlat\tlon\tpopulation\tsubject'
rows=[l.split('\t') for l in lines[1:]]
assert all(len(r)==7 for r in rows)
ids=[r[0] for r in rows]; print('places',len(rows),'dup ids',len(ids)-len(set(ids)))
print('unknown subjects',{r[6] for r in rows}-codes)
pops=[int(r[5]) for r in rows]; print('sorted desc',all(a>=b for a,b in zip(pops,pops[1:])),'min pop',min(pops))
out=[r for r in rows if not (41<=float(r[3])<=82 and (19<=float(r[4])<=180 or -180<=float(r[4])<=-168))]
print('outside bbox',out)
print('4-decimals',all(len(r[3].split('.')[1])==4 and len(r[4].split('.')[1])==4 for r in rows))
print('with name_ru',sum(1 for r in rows if r[2]),'empty',sum(1 for r in rows if not r[2]))
print('subjects with no place', sorted(codes-{r[6] for r in rows}))
want={'Moscow':'RU-MOW','Saint Petersburg':'RU-SPE','Novosibirsk':'RU-NVS','Kazan':'RU-TA','Vladivostok':'RU-PRI','Yekaterinburg':'RU-SVE'}
first={}
for r in rows: first.setdefault(r[1],r)
for n,c in want.items(): print(n, first[n][0], first[n][2], first[n][6], 'OK' if first[n][6]==c else 'WRONG')
# replicate DataFilesTest.coordinatesLieWithinTheirCity
def km(a,b,c,d):
    p1,p2=math.radians(a),math.radians(c); dp=p2-p1; dl=math.radians(d-b)
    h=math.sin(dp/2)**2+math.cos(p1)*math.cos(p2)*math.sin(dl/2)**2
    return 2*6371.0088*math.asin(math.sqrt(h))
probs=[]
for f in sorted(glob.glob(f'{D}/countries/*.json')):
    for m in json.load(open(f)).get('missions',[]):
        if 'geo' not in m or m.get('city') not in first: continue
        r=first[m['city']]; k=km(float(r[3]),float(r[4]),m['geo']['lat'],m['geo']['lon'])
        if k>30: probs.append((m['id'],round(k)))
print('mission distance problems',probs)
cities=collections.Counter(m.get('city') for f in glob.glob(f'{D}/countries/*.json') for m in json.load(open(f)).get('missions',[]))
print('mission cities not matched by name',[c for c in cities if c not in first])
