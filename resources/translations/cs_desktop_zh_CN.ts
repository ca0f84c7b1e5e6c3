<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../cs_desktop/app.py" line="80"/>
        <location filename="../../cs_desktop/app.py" line="101"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="82"/>
        <source>Creating {count} demo customers…</source>
        <translation>正在创建 {count} 位演示客户…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="84"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="102"/>
        <source>The demo data could not be created: {error}</source>
        <translation>演示数据未能创建：{error}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="128"/>
        <source>Preparing customer search…</source>
        <translation>正在准备客户搜索…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="157"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/base.py" line="86"/>
        <source>Coming to this page</source>
        <translation>本页即将提供</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/base.py" line="92"/>
        <source>Counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="19"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="22"/>
        <source>The complaint log (投诉记录): intake, investigation, resolution, feedback and review, with time limits and owners.</source>
        <translation>客户投诉记录：受理、调查、处理、反馈与复盘，全程有时限、有责任人。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="29"/>
        <source>Intake in a few keystrokes; whoever takes a complaint owns it until a logged handover</source>
        <translation>几下按键即可受理投诉；首问负责，谁受理谁负责到底，除非登记移交</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="33"/>
        <source>First-response and resolution deadlines, escalation of overdue complaints</source>
        <translation>首次响应与处理时限，超时投诉自动升级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="37"/>
        <source>Promises made to the customer, tracked until kept</source>
        <translation>对客户的每项承诺都跟踪到兑现为止</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="38"/>
        <source>Complaint rate and response times</source>
        <translation>投诉率与响应时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="42"/>
        <source>Open complaints: {count}</source>
        <translation>未结投诉：{count} 件</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="172"/>
        <source>Tick to enter a date; leave unticked when it is unknown.</source>
        <translation>勾选后填写日期；不知道就不勾选。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="174"/>
        <source>Date known</source>
        <translation>日期已知</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="330"/>
        <source>Number, e.g. 139 1234 5678</source>
        <translation>号码，如 139 1234 5678</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="331"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="332"/>
        <source>Label, e.g. mobile, home</source>
        <translation>备注，如 手机、家里</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="333"/>
        <source>Phone label</source>
        <translation>电话备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="334"/>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="414"/>
        <source>Primary</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="335"/>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="415"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="336"/>
        <source>Remove this phone number</source>
        <translation>删除这个电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="339"/>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="402"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="402"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="403"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="404"/>
        <source>Street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="405"/>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="413"/>
        <source>Kind of address</source>
        <translation>地址类型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="416"/>
        <source>Remove this address</source>
        <translation>删除这个地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="419"/>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="273"/>
        <source>&amp;Person</source>
        <translation>个人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="274"/>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="276"/>
        <source>&amp;Basic facts</source>
        <translation>基本信息(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="277"/>
        <source>&amp;Contact</source>
        <translation>联系方式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="278"/>
        <source>P&amp;rofile</source>
        <translation>客户资料(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="279"/>
        <source>&amp;Management</source>
        <translation>管理信息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="280"/>
        <source>C&amp;ustom fields</source>
        <translation>自定义项(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="283"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="284"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="285"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="286"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="287"/>
        <source>Agrees to be contacted by</source>
        <translation>同意通过以下方式联系</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="293"/>
        <source>Type or scan; a card reader&apos;s Enter stays in the form</source>
        <translation>可手工输入或刷卡；读卡器的回车不会关闭窗口</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="295"/>
        <source>Separate tags with commas, 、 or spaces</source>
        <translation>多个标签用逗号、顿号或空格分开</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="297"/>
        <source>e.g. weekday evenings</source>
        <translation>如 工作日晚上</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="299"/>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="300"/>
        <source>&amp;Fill birth date and gender from the ID</source>
        <translation>按身份证填写出生日期和性别(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="302"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="303"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_sections.py" line="168"/>
        <source>A number, e.g. 12.5</source>
        <translation>数字，如 12.5</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_sections.py" line="170"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="32"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="33"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="34"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="45"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="46"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="48"/>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="50"/>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="52"/>
        <source>Foreigner&apos;s permanent residence ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="53"/>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="59"/>
        <source>Gregorian calendar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="60"/>
        <source>Lunar calendar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="66"/>
        <source>Phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="67"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="68"/>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="103"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="69"/>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="102"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="70"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="76"/>
        <source>Home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="77"/>
        <source>Work</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="78"/>
        <source>Mailing</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="79"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="86"/>
        <source>Customer is</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="87"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="88"/>
        <source>Organisation name *</source>
        <translation>单位名称 *</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="89"/>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="90"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="91"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="92"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="93"/>
        <source>Birthday kept in</source>
        <translation>生日按</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="94"/>
        <source>Place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="95"/>
        <source>Title</source>
        <translation>称谓/职称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="96"/>
        <source>Education level</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="97"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="98"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="99"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="100"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="101"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="104"/>
        <source>Best time to contact</source>
        <translation>方便联系的时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="105"/>
        <source>Came to us through</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="106"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="107"/>
        <source>Credit limit (yuan)</source>
        <translation>信用额度（元）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="108"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="119"/>
        <source>Spending and preferences</source>
        <translation>消费与偏好</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="120"/>
        <source>Spending level</source>
        <translation>消费水平</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="121"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="123"/>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="124"/>
        <source>School</source>
        <translation>毕业学校</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="125"/>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="127"/>
        <source>Career</source>
        <translation>事业</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="128"/>
        <source>Career history</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="130"/>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="131"/>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="132"/>
        <source>Family notes</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="134"/>
        <source>Way of life</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="135"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="136"/>
        <source>Habits</source>
        <translation>习惯</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="138"/>
        <source>Personality</source>
        <translation>个性</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="139"/>
        <source>Character</source>
        <translation>性格特点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="141"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="142"/>
        <source>Who influences them</source>
        <translation>对其有影响的人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="143"/>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="150"/>
        <source>Profile</source>
        <translation>单位概况</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="151"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="152"/>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="154"/>
        <source>Business condition</source>
        <translation>经营状况</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="155"/>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="157"/>
        <source>Trading record</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="158"/>
        <source>Trading volume</source>
        <translation>交易量</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="159"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="170"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="172"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>内容过长：最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="175"/>
        <source>Enter the ID number.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="177"/>
        <source>A resident ID number has 18 characters.</source>
        <translation>居民身份证号码应为 18 位。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="179"/>
        <source>A resident ID number is 17 digits followed by a digit or X.</source>
        <translation>居民身份证号码由 17 位数字加一位数字或 X 组成。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="182"/>
        <source>The ID number starts with an unknown region code.</source>
        <translation>身份证号码开头的地区代码不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="184"/>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>身份证号码中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="187"/>
        <source>The birth date inside the ID number lies in the future.</source>
        <translation>身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="190"/>
        <source>The ID number&apos;s check digit does not match: a character is probably mistyped.</source>
        <translation>身份证号码校验位不符：可能有一位输错了。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="193"/>
        <source>The ID number gives the birth date {id_birth_date}.</source>
        <translation>身份证号码显示的出生日期为 {id_birth_date}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="196"/>
        <source>The ID number gives the gender {id_gender}.</source>
        <translation>身份证号码显示的性别为{id_gender}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="199"/>
        <source>This date lies in the future.</source>
        <translation>这个日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="201"/>
        <source>Enter a phone number.</source>
        <translation>请填写电话号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="203"/>
        <source>{raw}: a phone number holds digits, spaces, dashes and an extension only.</source>
        <translation>{raw}：电话号码只能包含数字、空格、短横线和分机号。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="206"/>
        <source>{raw}: a mobile number has 11 digits.</source>
        <translation>{raw}：手机号码应为 11 位。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="209"/>
        <source>{raw}: a landline number is an area code (such as 010) and 7 or 8 digits.</source>
        <translation>{raw}：固定电话应为区号（如 010）加 7 或 8 位号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="212"/>
        <source>{raw}: neither a mobile nor a landline number.</source>
        <translation>{raw}：既不是手机号码也不是固定电话。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="215"/>
        <source>The same phone number is listed twice.</source>
        <translation>同一个电话号码填写了两次。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="217"/>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>这不是有效的电子邮件地址（如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="219"/>
        <source>This is not a valid unified social credit code (18 characters, the last one a check character).</source>
        <translation>这不是有效的统一社会信用代码（18 位，最后一位是校验码）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="222"/>
        <source>This cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="224"/>
        <source>Enter a number, such as 12.5.</source>
        <translation>请填写数字，如 12.5。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="226"/>
        <source>Enter a date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="228"/>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="231"/>
        <source>This field is no longer defined at this site.</source>
        <translation>本站点已不再使用这一项。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="233"/>
        <source>Someone else changed this card while you were editing it, so your changes were not saved. Close the card and open it again to see the latest version.</source>
        <translation>您编辑期间，有同事修改了这张资料卡，所以您的修改没有保存。请关闭后重新打开，查看最新内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="237"/>
        <source>This customer no longer exists: the card may have been merged or deleted.</source>
        <translation>这位客户已不存在：资料卡可能已被合并或删除。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="239"/>
        <source>This entry was not accepted ({code}).</source>
        <translation>这项内容未被接受（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/customer_card.py" line="53"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/customer_card.py" line="55"/>
        <source>Customer card — {name}</source>
        <translation>客户资料卡 — {name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/customer_card.py" line="209"/>
        <source>The ID number gives the birth date {date} and the gender {gender}.</source>
        <translation>身份证号码显示出生日期为 {date}，性别为{gender}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/customer_card.py" line="279"/>
        <source>The card was not saved: please correct the marked fields.</source>
        <translation>资料卡未保存：请修改标出的内容。</translation>
    </message>
</context>
<context>
    <name>CustomerEditing</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="36"/>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="37"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="38"/>
        <source>same name and birth date</source>
        <translation>姓名读音和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="39"/>
        <source>same name</source>
        <translation>姓名读音相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="110"/>
        <source>{name} ({reasons})</source>
        <translation>{name}（{reasons}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="111"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="116"/>
        <source>Possibly the same customer</source>
        <translation>可能是同一位客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="117"/>
        <source>These cards may describe the same customer:
{list}

Create a new card anyway?</source>
        <translation>以下资料卡可能是同一位客户：
{list}

仍要新建资料卡吗？</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="123"/>
        <source>Create new card</source>
        <translation>新建资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="126"/>
        <source>Back to the card</source>
        <translation>返回资料卡</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="59"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="60"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="61"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="62"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="63"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="64"/>
        <source>Last visit</source>
        <translation>最近来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="65"/>
        <source>Value</source>
        <translation>消费额</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="79"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="81"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="212"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="52"/>
        <source>Phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="53"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="54"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="55"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="56"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="163"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="167"/>
        <source>Search name, phone, ID number, address or pinyin (zs finds 张三) — Ctrl+F</source>
        <translation>搜索姓名、电话、证件号、地址或拼音（输入 zs 可找到张三）— Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="169"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="169"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="170"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="170"/>
        <source>Consent to contact</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="175"/>
        <source>With an &amp;open complaint</source>
        <translation>有未结投诉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="176"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="177"/>
        <source>Import customer cards from a .csv or .xlsx file</source>
        <translation>从 .csv 或 .xlsx 文件导入客户资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="185"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="187"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="189"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="191"/>
        <source>Any consent</source>
        <translation>不限联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="254"/>
        <source>Type at least 3 digits of a phone or ID number.</source>
        <translation>电话或证件号请至少输入 3 位数字。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="257"/>
        <source>{count} customers found</source>
        <translation>找到 {count} 位客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="260"/>
        <source>{count} customers</source>
        <translation>共 {count} 位客户</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="19"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="22"/>
        <source>Return visits and calls planned after visits, after complaints, by tier and on birthdays and holidays.</source>
        <translation>来访后、投诉结案后、按客户等级以及生日和节假日安排的回访与电话。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="29"/>
        <source>Today, overdue and upcoming follow-ups, mine or everyone&apos;s</source>
        <translation>今日、逾期与即将到期的回访，可看我的或全部</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="32"/>
        <source>Complete with outcome and satisfaction, count unreachable attempts, reschedule with a reason</source>
        <translation>登记回访结果与满意度，记录未联系上的次数，改期须写明原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="36"/>
        <source>Reminders while the app runs and a printed list of the day&apos;s calls</source>
        <translation>运行时到期提醒，并可打印当天的回访清单</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="43"/>
        <source>Follow-ups due today or overdue: {count}</source>
        <translation>今日到期及逾期回访：{count} 条</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="23"/>
        <source>Person or organisation</source>
        <translation>个人或单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="24"/>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="25"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="26"/>
        <source>Address (whole)</source>
        <translation>地址（完整）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="27"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="28"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="29"/>
        <source>District or county</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="30"/>
        <source>Street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="31"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="43"/>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Excel 工作簿，工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="47"/>
        <source>CSV text, UTF-8</source>
        <translation>CSV 文本，UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="48"/>
        <source>CSV text, UTF-8 with BOM</source>
        <translation>CSV 文本，UTF-8 编码（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="49"/>
        <source>CSV text, GBK/GB18030 (as Excel saves it in China)</source>
        <translation>CSV 文本，GBK/GB18030 编码（中文 Excel 默认保存格式）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="50"/>
        <source>CSV text, UTF-16</source>
        <translation>CSV 文本，UTF-16 编码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="56"/>
        <source>The same ID number or credit code</source>
        <translation>相同的证件号码或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="57"/>
        <source>The same phone number</source>
        <translation>相同的电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="58"/>
        <source>Do not look for existing cards</source>
        <translation>不查找已有资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="64"/>
        <source>Leave the existing card as it is (skip the line)</source>
        <translation>保留已有资料卡不变（跳过该行）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="65"/>
        <source>Update the existing card with the filled cells</source>
        <translation>用已填写的单元格更新已有资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="66"/>
        <source>Create a new card anyway</source>
        <translation>仍然新建资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="74"/>
        <source>“{value}” is not a gender (男/女, M/F).</source>
        <translation>“{value}”不是性别（应为 男/女 或 M/F）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="77"/>
        <source>“{value}” is neither a person (个人) nor an organisation (单位).</source>
        <translation>“{value}”既不是个人也不是单位。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="80"/>
        <source>“{value}” is not a known ID document.</source>
        <translation>“{value}”不是已知的证件类型。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="83"/>
        <source>Excel stored the ID number as a number and lost its last digits: format the column as text and type the numbers again.</source>
        <translation>Excel 把证件号码存成了数字，丢失了最后几位：请把该列设为文本格式，再重新输入号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="86"/>
        <source>The same customer as line {line} of the file.</source>
        <translation>与文件第 {line} 行是同一位客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="89"/>
        <source>Matches {count} existing cards: merge them first.</source>
        <translation>匹配到 {count} 张已有资料卡：请先合并它们。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="92"/>
        <source>Matches the same existing card as line {line}.</source>
        <translation>与第 {line} 行匹配到同一张已有资料卡。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="101"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="103"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="106"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="108"/>
        <source>The file is larger than {max_mb} MB.</source>
        <translation>文件大于 {max_mb} MB。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="111"/>
        <source>The file has a header line but no customers below it.</source>
        <translation>文件只有表头，下面没有客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="113"/>
        <source>No column holds the customer&apos;s name: choose “Name” or “Organisation name” for one of the columns.</source>
        <translation>没有哪一列是客户名称：请为其中一列选择“姓名”或“单位名称”。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="116"/>
        <source>This file is not a spreadsheet. Choose a .csv or .xlsx file.</source>
        <translation>这个文件不是表格文件。请选择 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="119"/>
        <source>The file is neither UTF-8 nor GBK text. Save it from Excel as “CSV UTF-8” or as an .xlsx workbook.</source>
        <translation>文件既不是 UTF-8 也不是 GBK 编码的文本。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="122"/>
        <source>Excel 97-2003 files (.xls) cannot be read. Save it from Excel as an .xlsx workbook or as CSV.</source>
        <translation>无法读取 Excel 97-2003 文件（.xls）。请在 Excel 中另存为 .xlsx 工作簿或 CSV。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="125"/>
        <source>The workbook is damaged or not an Excel .xlsx file.</source>
        <translation>工作簿已损坏，或不是 Excel .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="127"/>
        <source>The file cannot be read as CSV near line {line}.</source>
        <translation>文件在第 {line} 行附近无法按 CSV 读取。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="130"/>
        <source>The columns of the file have changed: choose the file again.</source>
        <translation>文件的列已经改变：请重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="133"/>
        <source>Customer cards were changed since the check, so nothing was imported. Start the import again to check the file anew.</source>
        <translation>检查之后客户资料卡有了变动，因此没有导入任何内容。请重新开始导入，再检查一次文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="136"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="138"/>
        <source>Someone changed a matched card during the import, so nothing was imported. Try again.</source>
        <translation>导入期间有人修改了匹配的资料卡，因此没有导入任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="140"/>
        <source>The file cannot be imported ({code}).</source>
        <translation>无法导入该文件（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="63"/>
        <source>Something went wrong: {error}</source>
        <translation>出现错误：{error}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="92"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="93"/>
        <source>A .csv file (UTF-8 or GBK, as Excel saves it) or an .xlsx workbook, one customer per line below a header line.</source>
        <translation>.csv 文件（UTF-8 或 Excel 保存的 GBK 编码）或 .xlsx 工作簿，表头下面每行一位客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="96"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="101"/>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="511"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="102"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="122"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="132"/>
        <source>{kind} · header on line {line} · {lines} customer lines</source>
        <translation>{kind} · 表头在第 {line} 行 · 共 {lines} 行客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="170"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="171"/>
        <source>What each column holds. Known headers are recognised; your choices are remembered for files with the same columns.</source>
        <translation>每一列的内容。常见表头会自动识别；您的选择会为相同列的文件记住。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="174"/>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="330"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="175"/>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="176"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="182"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="228"/>
        <source>Choose the column that holds the name.</source>
        <translation>请选择存放姓名的列。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="232"/>
        <source>Two columns are imported as “{field}”: keep one.</source>
        <translation>有两列都导入为“{field}”：请只保留一列。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="269"/>
        <source>Customers already registered</source>
        <translation>已登记的客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="270"/>
        <source>How a line finds a card that is already in the database, and what happens then.</source>
        <translation>一行如何找到数据库中已有的资料卡，以及找到后如何处理。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="281"/>
        <source>A line &amp;matches a card with</source>
        <translation>按以下条件匹配资料卡(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="282"/>
        <source>&amp;When a line matches</source>
        <translation>匹配到时(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="326"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="327"/>
        <source>Every line was checked as the card dialog checks a card. Nothing has been written yet.</source>
        <translation>每一行都已按资料卡的规则检查过。目前还没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="329"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="331"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="332"/>
        <source>Import the other lines and leave out the rejected ones</source>
        <translation>导入其他行，跳过被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="334"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="343"/>
        <source>Checking every line…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="366"/>
        <source>{lines} lines: {created} new cards, {updated} cards updated, {skipped} skipped, {rejected} lines rejected.</source>
        <translation>共 {lines} 行：新建 {created} 张资料卡，更新 {updated} 张，跳过 {skipped} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="371"/>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="384"/>
        <source>The first {count} reasons are listed.</source>
        <translation>仅列出前 {count} 条原因。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="420"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="421"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="433"/>
        <source>Importing… All lines are written together at the end; cancel leaves the database as it was.</source>
        <translation>正在导入… 所有行最后一次性写入；取消后数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="451"/>
        <source>Imported: {created} new cards, {updated} cards updated, {skipped} lines skipped, {rejected} lines left out.</source>
        <translation>导入完成：新建 {created} 张资料卡，更新 {updated} 张，跳过 {skipped} 行，未导入 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="474"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="127"/>
        <source>Customer Service Desk — {site}</source>
        <translation>客户服务台 — {site}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="134"/>
        <source>{page} (Ctrl+{key})</source>
        <translation>{page}（Ctrl+{key}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="136"/>
        <source>Database in use</source>
        <translation>正在使用的数据库</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="186"/>
        <source>Counts unavailable</source>
        <translation>暂时无法统计</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="194"/>
        <source>Counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="197"/>
        <source>Customers {customers} · Visits {visits} · Open complaints {complaints} · Follow-ups due {due}</source>
        <translation>客户 {customers} · 来访 {visits} · 未结投诉 {complaints} · 待回访 {due}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="221"/>
        <source>Something went wrong</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="222"/>
        <source>The last action could not be completed. Nothing was changed by it.</source>
        <translation>刚才的操作未能完成，数据没有因此改变。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="12"/>
        <source>This database was written by a newer version of the program (schema {revision}). Install that version or newer to open it. The file was not changed.</source>
        <translation>该数据库由更新版本的程序写入（结构版本 {revision}）。请安装该版本或更新的版本后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="16"/>
        <source>This file is a database of another program, not of the customer service desk. It was not changed.</source>
        <translation>该文件是其他程序的数据库，不是客户服务台的数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="19"/>
        <source>This file is not a database, or it is damaged. It was not changed.</source>
        <translation>该文件不是数据库，或已损坏。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="22"/>
        <source>The database is on a network share, where it cannot be locked safely. Keep it on this PC&apos;s disk, or ask the administrator for a database server.</source>
        <translation>数据库位于网络共享文件夹中，无法安全加锁。请将其放在本机磁盘上，或请管理员提供数据库服务器。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="25"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>无法打开数据库：{detail}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="19"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="22"/>
        <source>Satisfaction and service figures: CSI, CSS, NPS, response times, complaint rate, follow-up completion.</source>
        <translation>满意度与服务指标：CSI、CSS、NPS、响应时间、投诉率、回访完成率。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="29"/>
        <source>Charts against targets, with a click through to the records behind a figure</source>
        <translation>对照目标的图表，点击数字即可查看背后的记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="33"/>
        <source>Survey definitions and answers from follow-ups, the counter and paper forms</source>
        <translation>调查问卷的设置，以及来自回访、柜台和纸质问卷的答卷</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="37"/>
        <source>Churn-risk and over-credit-limit warnings; export to Excel</source>
        <translation>流失风险与超出信用额度预警；导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="41"/>
        <source>Survey answers recorded: {count}</source>
        <translation>已录入的调查答卷：{count} 份</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="72"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="76"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="79"/>
        <source>The change applies at once and is remembered on this PC.</source>
        <translation>更改立即生效，并在本机保存。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="81"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="82"/>
        <source>In use:</source>
        <translation>正在使用：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="83"/>
        <source>This site:</source>
        <translation>本站点：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="84"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="19"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="22"/>
        <source>Exchange changes with other sites by file when there is no network between them.</source>
        <translation>站点之间没有网络时，通过文件交换数据变更。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="29"/>
        <source>Export what changed since the last exchange to a signed file; import files from trusted sites</source>
        <translation>把上次交换以来的变更导出为签名文件；导入受信任站点的文件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="33"/>
        <source>Conflicting edits shown for review, never silently lost</source>
        <translation>冲突的修改会列出供审核，绝不悄悄丢失</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="34"/>
        <source>History of packages sent and received</source>
        <translation>已发送和已接收数据包的记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="38"/>
        <source>Sites known to this database: {count}</source>
        <translation>本数据库已知站点：{count} 个</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="19"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="22"/>
        <source>Customer tier classification (客户等级分类表) by rules an administrator chooses: Pareto value tiers, the four-level model, RFM or a weighted evaluation.</source>
        <translation>客户等级分类表：按管理员选择的规则分级——帕累托价值分级、四级模型、RFM 或加权评价。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="29"/>
        <source>Recompute tiers in the background and preview who moves before applying a rule change</source>
        <translation>在后台重新计算等级；修改规则前先预览哪些客户会变动</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="33"/>
        <source>Manual overrides with a reason and an expiry, and the history of every change</source>
        <translation>手动调整等级须注明原因与有效期，每次变动都有记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="37"/>
        <source>The tier table: customers and share of value per tier, and the Pareto curve</source>
        <translation>等级分类表：各等级的客户数与价值占比，以及帕累托曲线</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="44"/>
        <source>Customers with a tier: {count}</source>
        <translation>已分级客户：{count} 位</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="19"/>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="22"/>
        <source>Every counter visit and call: when, who served, purpose, outcome and next step.</source>
        <translation>每一次柜台来访与来电：时间、接待人、目的、结果与下一步。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="29"/>
        <source>Record a visit or call in a few keystrokes from the card or from here</source>
        <translation>在资料卡或本页几下按键即可登记来访或来电</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="33"/>
        <source>Plan a follow-up from a visit&apos;s next step</source>
        <translation>根据来访的下一步安排回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="34"/>
        <source>Browse visits by day, staff member and purpose</source>
        <translation>按日期、接待人和目的查看来访记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="38"/>
        <source>Visits and calls recorded: {count}</source>
        <translation>已登记来访与来电：{count} 次</translation>
    </message>
</context>
</TS>
