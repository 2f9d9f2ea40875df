// Reading Reuters-21578 SGML: bodies with entities decoded, stories without a body skipped.

import { parseReutersSgml } from './reuters-reader.js';

const sgml = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="7">
<TEXT>&#2;
<TITLE>GRAIN FIRM &lt;ACME&gt; EXPANDS</TITLE>
<DATELINE>    OMAHA, March 3 - </DATELINE><BODY>A grain trader said on Tuesday it would open
two new silos, &lt;Acme Grain Co&gt; said.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<TEXT TYPE="BRIEF">&#2;
<TITLE>SHORT NOTICE</TITLE>
&#3;</TEXT>
</REUTERS>`;

describe('parseReutersSgml', () => {
  it('reads each story body with its title, entities decoded and the sign-off removed', () => {
    expect(parseReutersSgml(sgml)).toEqual([
      { id: '7', title: 'GRAIN FIRM <ACME> EXPANDS', body: 'A grain trader said on Tuesday it would open\ntwo new silos, <Acme Grain Co> said.' },
    ]);
  });
});
