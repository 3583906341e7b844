/* Hyperscan from C, outside Python: scan the same text files with two pattern sets.
 *
 * Built and run by benches/hs_native.py against the system's libhs (Debian: libhyperscan-dev,
 * a "fat runtime" build that uses AVX2/AVX-512 where the CPU has them; the `hyperscan` wheel on
 * PyPI is built without them). Answers: does a faster Hyperscan change how the time grows with
 * the rule count?
 *
 *   hs_native PATTERNS BLOB LENGTHS RUNS
 * PATTERNS: one expression per line; BLOB: the files concatenated; LENGTHS: one length per line.
 * Prints "<n> patterns <best ms> ms hits <n>" on stdout and the database info on stderr.
 */
#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static int on(unsigned id, unsigned long long f, unsigned long long t, unsigned fl, void *c){(*(long*)c)++;return 0;}
static char *slurp(const char *p, size_t *n){FILE*f=fopen(p,"rb");if(!f){perror(p);exit(2);}fseek(f,0,SEEK_END);*n=ftell(f);fseek(f,0,SEEK_SET);char*b=malloc(*n+1);fread(b,1,*n,f);fclose(f);b[*n]=0;return b;}
int main(int argc,char**argv){
  if(argc<5){fprintf(stderr,"usage: hs_native PATTERNS BLOB LENGTHS RUNS\n");return 2;}
  size_t pn; char *pt=slurp(argv[1],&pn);
  int cnt=0; for(size_t i=0;i<pn;i++) if(pt[i]=='\n') cnt++;
  const char **ex=malloc(sizeof(char*)*cnt); unsigned *ids=malloc(4*cnt), *fl=malloc(4*cnt);
  char *s=pt; for(int i=0;i<cnt;i++){char*e=strchr(s,'\n');*e=0;ex[i]=s;ids[i]=i;fl[i]=0;s=e+1;}
  hs_database_t *db; hs_compile_error_t *err;
  if(hs_compile_multi(ex,fl,ids,cnt,HS_MODE_BLOCK,NULL,&db,&err)!=HS_SUCCESS){fprintf(stderr,"compile: %s (%d)\n",err->message,err->expression);return 1;}
  char *info; hs_database_info(db,&info); fprintf(stderr,"%s\n",info);
  hs_scratch_t *sc=0; hs_alloc_scratch(db,&sc);
  size_t bn, ln; char *blob=slurp(argv[2],&bn); char *lens=slurp(argv[3],&ln);
  int nf=0; static size_t L[1000000]; char*q=lens; while(*q && nf<1000000){L[nf++]=strtoul(q,&q,10); while(*q=='\n')q++;}
  double best=1e9; long hits=0;
  for(int r=0;r<atoi(argv[4]);r++){ hits=0; double t=now(); size_t off=0; for(int i=0;i<nf;i++){hs_scan(db,blob+off,L[i],0,sc,on,&hits); off+=L[i];} t=now()-t; if(t<best)best=t;}
  printf("%d patterns %.2f ms hits %ld\n",cnt,best*1000,hits);
  return 0;
}
