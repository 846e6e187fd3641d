// Chinese triage rules (simplified; buyers on Amazon/eBay/Etsy who write in Chinese): substrings, since
// Chinese has no spaces; negated forms are listed as phrases ('没收到', '不急'). Syntax: ../language-rules.ts.
import type { LanguageRules } from '../language-rules';

export const zh: LanguageRules = {
  language: 'zh',
  keywords: [
    {
      category: 'dispute',
      weight: 3,
      negatable: false,
      threat: true,
      words: ['差评', '投诉', '举报', '律师', '报警', '消协', '消费者协会', '拒付', '纠纷', '索赔', '亚马逊保障', '起诉', '申请仲裁', '信用卡公司'],
    },
    { category: 'dispute', weight: 2, threat: true, negatable: false, words: ['骗子', '欺诈', '诈骗'] },
    { category: 'order', weight: 3, words: ['取消订单', '取消', '修改地址', '改地址', '更改地址', '地址写错', '更改订单', '修改订单', '合并发货', '一起发货', '先别发', '暂停发货'] },
    { category: 'order', weight: 2, words: ['地址', '修改', '更改'] },
    { category: 'return', weight: 3, negatable: false, words: ['退货', '退款', '换货', '退钱', '退回', '不想要了', '尺码不合适', '太小了', '太大了', '退换'] },
    { category: 'return', weight: 2, negatable: false, words: ['换一个', '换个'] },
    {
      category: 'quality',
      weight: 3,
      words: ['坏了', '坏的', '破损', '损坏', '碎了', '裂痕', '裂开', '质量问题', '质量差', '不能用', '无法使用', '用不了', '不工作', '故障', '发错', '缺少', '缺件', '少了', '少发', '与描述不符', '不符', '假货', '划痕', '有瑕疵', '瑕疵', '漏水', '开不了机', '不能充电'],
    },
    { category: 'quality', weight: 2, words: ['错了', '不对', '质量', '有味道', '异味'] },
    {
      category: 'shipping',
      weight: 3,
      words: ['到哪里', '到哪了', '到哪儿', '什么时候发货', '什么时候到', '什么时候能到', '还没收到', '没收到', '未收到', '还没到', '没有收到', '单号', '物流信息', '追踪', '跟踪', '海关', '关税', '清关', '延误', '丢件', '快递丢', '发货了吗', '何时发货', '寄出', '发出', '什么时候寄', '什么时候发'],
    },
    { category: 'shipping', weight: 2, words: ['物流', '快递', '发货', '配送', '派送'] },
    { category: 'shipping', weight: 1.5, words: ['包裹'] },
    { category: 'product', weight: 3, words: ['有没有', '有货', '库存', '现货', '兼容', '适用于', '适合', '尺寸多大', '购买前', '下单前', '还有吗', '补货'] },
    { category: 'product', weight: 2, words: ['码吗', '码的', '尺寸', '尺码', '材质', '多大', '颜色', '型号'] },
    { category: 'other', weight: 3, words: ['发票', '批发', '重复付款', '扣了两次'] },
    { category: 'other', weight: 2, words: ['收据', '折扣', '优惠', '账户', '账号', '问题'] },
  ],
  urgent: ['紧急', '尽快', '马上', '立刻', '立即', '赶紧', '急用', '加急', '十万火急', '越快越好', '急需'],
  calm: ['不是很急', '不太急', '不紧急', '并不急', '不急', '不着急', '不用急', '不用着急', '慢慢来', '有空再', '不赶时间'],
  negators: [],
  negationFillers: [],
  repeated: ['第三次', '第四次', '好几次', '多次', '一直没回复', '再三', '几次了'],
  thanks: ['谢谢', '感谢', '多谢', '谢啦', '辛苦了'],
  confirmations: ['收到了', '已收到', '收到货了', '好的', '没问题', '明白了', '知道了', '可以了'],
  questionWords: ['吗', '呢', '请问', '什么', '哪里', '哪儿', '怎么', '多少', '是否', '有没有', '几天'],
  positive: ['很好', '满意', '喜欢', '好评', '不错', '完美', '很棒', '漂亮', '推荐'],
  negative: ['失望', '太差', '垃圾', '生气', '愤怒', '不满', '离谱', '差劲', '无语'],
  quoteHeaders: ['写道:'],
  quoteSeparators: ['原始邮件', '原始消息'],
  common: [],
};
